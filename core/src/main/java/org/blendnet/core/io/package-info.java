/**
 * Reading and writing networks: the versioned JSON format ({@link org.blendnet.core.io.NetworkJson},
 * with its read limits {@link org.blendnet.core.io.JsonLimits}),
 * CSV touchpoint and member lists ({@code TouchpointCsv},
 * {@code MemberCsv}) and plain edge lists ({@code EdgeList}).
 *
 * <p>Jackson lives here and only here; no Jackson type appears in a signature. Every reader either
 * returns a complete, valid {@link org.blendnet.core.Network} or throws a
 * {@link org.blendnet.core.io.NetworkFormatException} naming where the input went wrong (file, line,
 * column, JSON pointer or CSV column) — never a partly built network. I/O failures of the underlying
 * stream are wrapped in {@link java.io.UncheckedIOException}.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.core.io;

import org.jspecify.annotations.NullMarked;
