/**
 * Expertise as a resource at risk: which topics rest on too few members who both hold and share them, or on
 * members who are leaving ({@link org.blendnet.metrics.expertise.KnowledgeAtRisk}).
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.metrics.expertise;

import org.jspecify.annotations.NullMarked;
