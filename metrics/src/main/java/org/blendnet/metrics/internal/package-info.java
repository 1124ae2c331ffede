/**
 * Internals shared by the measures: a primitive member-position index, a primitive hash map, duration
 * statistics and {@code toString} formatting. Not exported; may change at any time.
 */
@NullMarked
package org.blendnet.metrics.internal;

import org.jspecify.annotations.NullMarked;
