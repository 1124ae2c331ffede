/**
 * Double opt-in introductions and forwarded questions: the immutable state machine
 * ({@link org.blendnet.core.match.intro.Introduction}) that keeps a core {@link org.blendnet.core.Referral} in
 * step, the thread-safe register that feeds declines back into routing
 * ({@link org.blendnet.core.match.intro.IntroductionBook}), and the event follow-up that suggests
 * introductions to members who were not in the room ({@link org.blendnet.core.match.intro.EventFollowUp}).
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.core.match.intro;

import org.jspecify.annotations.NullMarked;
