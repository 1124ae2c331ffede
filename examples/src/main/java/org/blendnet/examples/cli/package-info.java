/**
 * The Blendnet command-line tool, {@link org.blendnet.examples.cli.Blendnet}: one small class per command,
 * picocli for parsing and help, typed failures mapped to {@link org.blendnet.examples.cli.ExitCode}s.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.examples.cli;

import org.jspecify.annotations.NullMarked;
