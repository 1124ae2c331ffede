/**
 * Helpers shared by the graph module's packages; not exported, not API.
 */
@NullMarked
package org.blendnet.graph.internal;

import org.jspecify.annotations.NullMarked;
