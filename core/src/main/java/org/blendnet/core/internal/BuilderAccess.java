package org.blendnet.core.internal;

import java.util.Objects;
import org.blendnet.core.Network;
import org.jspecify.annotations.Nullable;

/**
 * Not API: how {@code org.blendnet.core.io} reaches one package-private step of {@link Network.Builder}.
 * This package is not exported by the module; on the class path it is reachable, but it is not part of the
 * API, may change in any release, and a caller that lies about what it promises builds a broken network.
 *
 * <p>The reader of the JSON format reads every member id through one canonicalising table and knows, in
 * O(distinct ids), whether every id it read names a member record of the same document. When it does, the
 * builder need not look each reference up again (two or three hash probes per touchpoint, the largest
 * share of validation in a large document).
 *
 * @implNote Thread-safe: the access is set once, while {@link Network.Builder} is initialised.
 */
public final class BuilderAccess {

  /** The package-private build step. */
  public interface Builds {
    /**
     * Builds like {@link Network.Builder#build()}, without checking that the members referred to exist:
     * the caller has checked that every member id in the records names a member record added.
     */
    Network buildWithMemberReferencesChecked(Network.Builder builder);
  }

  private static volatile @Nullable Builds builds;

  private BuilderAccess() {}

  /** Called once, by {@link Network.Builder}'s static initialiser. */
  public static void set(Builds access) {
    Objects.requireNonNull(access, "access");
    synchronized (BuilderAccess.class) {
      if (builds != null) {
        throw new IllegalStateException("the builder access is set already");
      }
      builds = access;
    }
  }

  /** The access, initialising {@link Network.Builder} if it is not yet. */
  public static Builds get() {
    Builds b = builds;
    if (b == null) {
      Network.builder(); // runs the builder's static initialiser, which sets the access
      b = Objects.requireNonNull(builds, "builds");
    }
    return b;
  }
}
