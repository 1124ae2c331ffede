/**
 * Not API: access between Blendnet's own packages. Not exported by the module; may change in any release.
 */
@NullMarked
package org.blendnet.core.internal;

import org.jspecify.annotations.NullMarked;
