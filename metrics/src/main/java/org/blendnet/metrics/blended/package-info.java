/**
 * Blendedness and channel precedence — the chicken and egg of blended networking: how many ties are
 * online only, face to face only, or both ({@link org.blendnet.metrics.blended.Blendedness}, per network,
 * member and unit); for blended ties, which channel came first; and whether meeting at an event makes
 * online contact more likely ({@link org.blendnet.metrics.blended.EventCatalysis}).
 *
 * <p>Every result is immutable and thread-safe, prints readably, and is the same on every run for the same
 * input.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.metrics.blended;

import org.jspecify.annotations.NullMarked;
