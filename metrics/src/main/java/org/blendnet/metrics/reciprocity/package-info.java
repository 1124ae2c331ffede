/**
 * Give and take: who gives and who takes in a learning network, and whether help comes back.
 *
 * <ul>
 *   <li>{@link org.blendnet.metrics.reciprocity.ReciprocityLedger}: per member, acts of giving and taking
 *       ({@link org.blendnet.metrics.reciprocity.GiveTakeCounts}) and their weighted amounts G and T
 *       ({@link org.blendnet.metrics.reciprocity.GiveTakeWeights}), over all time or per window;
 *   <li>{@link org.blendnet.metrics.reciprocity.GiveTakeProfiles}: givers, matchers, takers and
 *       broadcasters; {@link org.blendnet.metrics.reciprocity.ProfileTransitions}: takers who became givers;
 *   <li>{@link org.blendnet.metrics.reciprocity.NetworkReciprocity}: dyadic reciprocity (r, ρ, r<sub>w</sub>)
 *       of the contact and help-flow graphs; {@link org.blendnet.metrics.reciprocity.PayItForward}:
 *       generalized reciprocity;
 *   <li>{@link org.blendnet.metrics.reciprocity.GivingConcentration} and
 *       {@link org.blendnet.metrics.reciprocity.Overload}: how few carry the load;
 *   <li>{@link org.blendnet.metrics.reciprocity.ReferralFunnel}: what becomes of question forwards and
 *       introductions.
 * </ul>
 *
 * <p>Every result is immutable and thread-safe, prints readably, and is the same on every run for the same
 * network.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.metrics.reciprocity;

import org.jspecify.annotations.NullMarked;
