/**
 * Forming groups: learning groups that share interests across units
 * ({@link org.blendnet.core.match.groups.LearningGroups}) and tables at a face-to-face event that seat
 * together people who have met only online and people who should meet
 * ({@link org.blendnet.core.match.groups.EventSeating}).
 *
 * <p>Both split a set of members into groups of bounded size under a cap on members of one unit per group,
 * maximising a stated objective with a seeded construction and a local search of moves and swaps; both
 * return immutable plans whose every group explains itself in words, and both are deterministic for a seed.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.core.match.groups;

import org.jspecify.annotations.NullMarked;
