/**
 * The seeds' stories as runnable examples, each a short class told in plain words: a question passed on
 * across communities with consent ({@link org.blendnet.examples.stories.QuestionPassedOn}), the business
 * exchange dominated by a few sellers against a blended network
 * ({@link org.blendnet.examples.stories.BusinessExchange}), from the hierarchy to the peer mesh
 * ({@link org.blendnet.examples.stories.ThreeModels}), an event that turns online acquaintances into
 * face-to-face ties ({@link org.blendnet.examples.stories.EventFaceToFace}), social learning groups of about
 * 17 formed by mutual interest after a course, and their engagement
 * ({@link org.blendnet.examples.stories.LearningGroupsAfterCourse}), and routing policies compared
 * in a simulation ({@link org.blendnet.examples.stories.PolicyComparison}).
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.examples.stories;

import org.jspecify.annotations.NullMarked;
