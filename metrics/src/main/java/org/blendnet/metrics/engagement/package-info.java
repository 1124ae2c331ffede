/**
 * Who takes part: {@link org.blendnet.metrics.engagement.Engagement} — the active share per period (the
 * "76% engagement" of a learning group), participation inequality (Gini and the 90-9-1 profile), cohort
 * retention, question answer rates and times, and participation by unit, member attribute or any label, online
 * and face to face — and {@link org.blendnet.metrics.engagement.GroupSizes}: the sizes of communities and how many
 * are active.
 *
 * <p>Every result is immutable and thread-safe, prints readably, and is the same on every run for the same
 * network.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.metrics.engagement;

import org.jspecify.annotations.NullMarked;
