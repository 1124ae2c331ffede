/**
 * What every Blendnet measure shares: {@link org.blendnet.core.TimeWindow}s and
 * {@link org.blendnet.metrics.TimeWindows} to cut a network's history into periods, and
 * {@link org.blendnet.metrics.Inequality} (the Gini coefficient and top shares).
 *
 * <p>The measures themselves live in packages named for their concept:
 * {@link org.blendnet.metrics.reciprocity} (give and take) and {@link org.blendnet.metrics.engagement}
 * (who takes part). Every result is an immutable value with a readable {@code toString}; every ratio
 * documents what it is when its denominator is zero.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.metrics;

import org.blendnet.core.TimeWindow;
import org.jspecify.annotations.NullMarked;
