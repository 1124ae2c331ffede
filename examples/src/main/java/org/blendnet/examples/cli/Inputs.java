package org.blendnet.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.io.EdgeList;
import org.blendnet.core.io.NetworkJson;
import org.blendnet.core.io.TouchpointCsv;
import org.blendnet.examples.datasets.CsAarhus;
import org.blendnet.examples.generate.BlendedCommunity;
import org.jspecify.annotations.Nullable;

/**
 * Where a command's network comes from: a file in one of the formats core reads, or a name for a bundled
 * or generated network.
 *
 * <ul>
 *   <li>{@code @cs-aarhus} — the bundled CS-Aarhus department ({@link CsAarhus});
 *   <li>{@code @generated} or {@code @generated:SEED} — a {@link BlendedCommunity} with default options
 *       and that seed (1 if absent);
 *   <li>{@code *.json} — a network in the Blendnet JSON format;
 *   <li>{@code *.csv} — touchpoints as CSV ({@link TouchpointCsv}), with members from {@code --members};
 *   <li>anything else — a plain edge list, {@code u v [w]} ({@link EdgeList}).
 * </ul>
 * {@code --format} overrides the guess from the extension.
 */
final class Inputs {

  /** The input formats. */
  enum Format {
    /** Guess from the file name. */
    AUTO,
    /** Blendnet JSON. */
    JSON,
    /** Touchpoint CSV (and member CSV). */
    CSV,
    /** Plain edge list. */
    EDGES
  }

  static final String CS_AARHUS = "@cs-aarhus";
  static final String GENERATED = "@generated";

  private Inputs() {}

  /** The format {@code input} is read as. */
  static Format formatOf(String input, Format format) {
    if (format != Format.AUTO) {
      return format;
    }
    String name = input.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    if (name.endsWith(".csv")) {
      return Format.CSV;
    }
    return Format.EDGES;
  }

  /** True if {@code input} names a bundled or generated network rather than a file. */
  static boolean isNamed(String input) {
    return input.startsWith("@");
  }

  /** Reads the network {@code input} names. */
  static Network network(String input, Format format, @Nullable Path members) {
    if (input.isEmpty()) {
      throw CliException.usage("missing INPUT: give a network JSON, a touchpoint CSV, an edge list, "
          + CS_AARHUS + " or " + GENERATED);
    }
    if (isNamed(input)) {
      return named(input);
    }
    Path file = existing(input, "INPUT");
    return switch (formatOf(input, format)) {
      case JSON -> NetworkJson.read(file);
      case CSV -> members == null
          ? TouchpointCsv.defaults().readNetwork(file)
          : TouchpointCsv.defaults().readNetwork(file, existing(members.toString(), "--members"));
      case EDGES, AUTO -> {
        if (members != null) {
          throw CliException.usage("--members goes with touchpoint CSV input, but " + input
              + " is read as an edge list (use --format csv)");
        }
        yield EdgeList.defaults().read(file);
      }
    };
  }

  private static Network named(String input) {
    if (input.equals(CS_AARHUS)) {
      return CsAarhus.load();
    }
    if (input.equals(GENERATED)) {
      return BlendedCommunity.builder().seed(1).build().generate();
    }
    if (input.startsWith(GENERATED + ":")) {
      String seed = input.substring(GENERATED.length() + 1);
      try {
        return BlendedCommunity.builder().seed(Long.parseLong(seed)).build().generate();
      } catch (NumberFormatException e) {
        throw CliException.usage("the seed in " + input + " must be a whole number but was '" + seed + "'");
      }
    }
    throw CliException.usage("unknown network name " + input + "; known: " + CS_AARHUS + ", " + GENERATED
        + ", " + GENERATED + ":SEED");
  }

  /** {@code file} as a path, which must be a readable regular file. */
  static Path existing(String file, String what) {
    Path path = Path.of(file);
    if (!Files.exists(path)) {
      throw new CliException(ExitCode.IO, what + ": no such file: " + file);
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new CliException(ExitCode.IO, what + ": not a readable file: " + file);
    }
    return path;
  }

  /**
   * The members named by {@code --population} ({@code ids}), or every member of {@code network} if none is
   * named; a usage error for an id the network does not have.
   */
  static List<MemberId> population(Network network, List<String> ids, String input) {
    List<MemberId> who = new ArrayList<>();
    if (ids.isEmpty()) {
      network.members().forEach(m -> who.add(m.id()));
    } else {
      for (String id : ids) {
        who.add(member(network, id, "--population", input));
      }
    }
    return who;
  }

  /** The member {@code id} of {@code network}, or a usage error naming the input. */
  static MemberId member(Network network, String id, String option, String input) {
    MemberId member;
    try {
      member = MemberId.of(id);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(option + ": " + e.getMessage());
    }
    if (!network.hasMember(member)) {
      throw CliException.usage(option + ": no member '" + id + "' in " + input + " (" + network.members().size()
          + " members" + (network.members().isEmpty() ? "" : ", e.g. " + network.members().get(0).id()) + ")");
    }
    return member;
  }
}
