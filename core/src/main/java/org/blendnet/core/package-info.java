/**
 * The domain model of a blended network and its immutable aggregate, {@link org.blendnet.core.Network}.
 *
 * <p>Everything here is a value: records validated in their constructors, null-hostile (a {@code null}
 * argument throws {@link java.lang.NullPointerException} naming the parameter), with unmodifiable
 * collections copied on the way in. Identifiers are typed ({@link org.blendnet.core.MemberId},
 * {@link org.blendnet.core.TouchpointId}, …), never bare strings. Values are immutable and therefore
 * safe to share between threads.
 *
 * <p>Sets of topics and member ids are kept in their natural order and maps in key order, so that
 * everything derived from them (JSON output, reports) is the same on every run and every JVM.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.core;

import org.jspecify.annotations.NullMarked;
