package org.blendnet.metrics.reciprocity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.metrics.internal.Format;
import org.blendnet.metrics.internal.IdIndex;

/**
 * Every member's {@link GiveTakeProfile} in a ledger's period, and the {@link Broadcaster}s among them
 * (see {@link ProfileThresholds} for the definitions).
 *
 * <pre>{@code
 * GiveTakeProfiles profiles = GiveTakeProfiles.of(network, ReciprocityLedger.of(network));
 * profiles;                       // GiveTakeProfiles[GIVER=6, MATCHER=20, TAKER=9, INACTIVE=26, broadcasters=[pitcher]]
 * profiles.members(GiveTakeProfile.TAKER);
 * }</pre>
 *
 * <p>O(m) for the profiles of m members; the broadcasters need the contact graph of the ledger's window,
 * O(a log a) for a directed contacts.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class GiveTakeProfiles {

  private static final GiveTakeProfile[] PROFILES = GiveTakeProfile.values();

  private final ProfileThresholds thresholds;
  private final IdIndex<MemberId> index;
  private final byte[] profiles;
  private final int[] counts = new int[PROFILES.length];
  private final List<Broadcaster> broadcasters;
  private final boolean[] broadcasting;

  private GiveTakeProfiles(ProfileThresholds thresholds, IdIndex<MemberId> index, byte[] profiles,
      List<Broadcaster> broadcasters, boolean[] broadcasting) {
    this.thresholds = thresholds;
    this.index = index;
    this.profiles = profiles;
    for (byte p : profiles) {
      counts[p]++;
    }
    this.broadcasters = List.copyOf(broadcasters);
    this.broadcasting = broadcasting;
  }

  /** The profiles with {@link ProfileThresholds#defaults()}. */
  public static GiveTakeProfiles of(Network network, ReciprocityLedger ledger) {
    return of(network, ledger, ProfileThresholds.defaults());
  }

  /**
   * The profiles of the members of {@code ledger}, and the broadcasters among them on the touchpoints of
   * {@code network} within the ledger's window.
   *
   * @throws IllegalArgumentException if the ledger was computed from another network (other members)
   */
  public static GiveTakeProfiles of(Network network, ReciprocityLedger ledger, ProfileThresholds thresholds) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(thresholds, "thresholds");
    ledger.requireSameMembers(network);
    IdIndex<MemberId> index = ledger.index();
    int n = index.size();
    double[] given = ledger.givenByPosition();
    double[] taken = ledger.takenByPosition();
    byte[] profiles = new byte[n];
    for (int p = 0; p < n; p++) {
      profiles[p] = (byte) thresholds.classify(given[p], taken[p]).ordinal();
    }
    Arcs contacts = Arcs.contact(network, index, ledger.window().orElse(null));
    long[] initiated = new long[n];
    long[] received = new long[n];
    int[] targets = new int[n];
    int[] reciprocated = new int[n];
    long[] back = contacts.reverseCounts();
    for (int i = 0; i < contacts.size(); i++) {
      int s = Arcs.source(contacts.keys[i]);
      int t = Arcs.target(contacts.keys[i]);
      initiated[s] += contacts.counts[i];
      received[t] += contacts.counts[i];
      targets[s]++;
      if (back[i] > 0) {
        reciprocated[s]++;
      }
    }
    List<Broadcaster> broadcasters = new ArrayList<>();
    boolean[] broadcasting = new boolean[n];
    for (int p = 0; p < n; p++) {
      Broadcaster b = new Broadcaster(index.id(p), initiated[p], received[p], targets[p], reciprocated[p]);
      if (b.targets() >= thresholds.broadcasterMinTargets()
          && b.outShare() >= thresholds.broadcasterMinOutShare()
          && b.reciprocatedShare() <= thresholds.broadcasterMaxReciprocated()) {
        broadcasters.add(b);
        broadcasting[p] = true;
      }
    }
    return new GiveTakeProfiles(thresholds, index, profiles, List.copyOf(broadcasters), broadcasting);
  }

  /** The thresholds used. */
  public ProfileThresholds thresholds() {
    return thresholds;
  }

  /**
   * The profile of {@code member}.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public GiveTakeProfile profileOf(MemberId member) {
    return PROFILES[profiles[index.require(member)]];
  }

  /** The members with {@code profile}, in network order. */
  public List<MemberId> members(GiveTakeProfile profile) {
    Objects.requireNonNull(profile, "profile");
    List<MemberId> result = new ArrayList<>(counts[profile.ordinal()]);
    for (int p = 0; p < profiles.length; p++) {
      if (profiles[p] == profile.ordinal()) {
        result.add(index.id(p));
      }
    }
    return Collections.unmodifiableList(result);
  }

  /** How many members have {@code profile}. */
  public int count(GiveTakeProfile profile) {
    return counts[Objects.requireNonNull(profile, "profile").ordinal()];
  }

  /** How many members have each profile, in profile order (every profile present, possibly with 0). */
  public Map<GiveTakeProfile, Integer> counts() {
    Map<GiveTakeProfile, Integer> map = new EnumMap<>(GiveTakeProfile.class);
    for (GiveTakeProfile p : PROFILES) {
      map.put(p, counts[p.ordinal()]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** The broadcasters, in network order. */
  public List<Broadcaster> broadcasters() {
    return broadcasters;
  }

  /**
   * True if {@code member} is a broadcaster.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public boolean isBroadcaster(MemberId member) {
    return broadcasting[index.require(member)];
  }

  /** {@code GiveTakeProfiles[GIVER=6, MATCHER=20, TAKER=9, INACTIVE=26, broadcasters=[pitcher]]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("GiveTakeProfiles[");
    for (GiveTakeProfile p : PROFILES) {
      s.append(p).append('=').append(counts[p.ordinal()]).append(", ");
    }
    return s.append("broadcasters=")
        .append(Format.capped(broadcasters.stream().map(Broadcaster::member).toList())).append(']').toString();
  }
}
