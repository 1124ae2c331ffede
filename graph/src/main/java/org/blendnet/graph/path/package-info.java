/**
 * Introduction chains: {@link org.blendnet.graph.path.ReferralPaths} finds the strongest chains of ties
 * from one member to another through members who agreed to pass contacts on, as immutable
 * {@link org.blendnet.graph.path.ReferralPath}s that turn into the {@link org.blendnet.core.Referral}s of
 * a double opt-in introduction.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.graph.path;

import org.jspecify.annotations.NullMarked;
