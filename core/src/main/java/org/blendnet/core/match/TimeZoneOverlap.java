package org.blendnet.core.match;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendnet.core.Member;
import org.blendnet.core.Network;

/** See {@link CoreSignals#timeZoneOverlap(LocalTime, LocalTime)}. */
final class TimeZoneOverlap implements MatchSignal {

  static final int DAY = 24 * 3600;

  private final LocalTime start;
  private final LocalTime end;
  /** Working hours' length in seconds, in (0, DAY). */
  private final int length;

  TimeZoneOverlap(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
    this.length = Math.floorMod(end.toSecondOfDay() - start.toSecondOfDay(), DAY);
  }

  @Override
  public String name() {
    return CoreSignals.TIME_ZONE;
  }

  @Override
  public Prepared prepare(Network network) {
    return new Zones(network.members());
  }

  @Override
  public String toString() {
    return name() + " " + start + "–" + end;
  }

  /**
   * Seconds of working hours two members share when their UTC offsets differ by {@code shift} seconds:
   * the overlap of two arcs of {@code length} on a 24-hour circle, one turned by the shift.
   */
  static int overlap(int length, int shift) {
    int delta = Math.floorMod(shift, DAY);
    return Math.max(0, length - delta) + Math.max(0, length - (DAY - delta));
  }

  /** The distinct time zones of a network, and each member's. */
  private final class Zones implements Prepared {
    private final ZoneId[] zones;
    private final int[] zoneOf;

    Zones(List<Member> members) {
      Map<ZoneId, Integer> ids = new HashMap<>();
      List<ZoneId> distinct = new ArrayList<>();
      zoneOf = new int[members.size()];
      for (int i = 0; i < zoneOf.length; i++) {
        ZoneId zone = members.get(i).timeZone();
        Integer id = ids.get(zone);
        if (id == null) {
          id = distinct.size();
          ids.put(zone, id);
          distinct.add(zone);
        }
        zoneOf[i] = id;
      }
      zones = distinct.toArray(new ZoneId[0]);
    }

    @Override
    public Scorer begin(MatchContext context) {
      return new Request(this, context);
    }
  }

  /** The scorer of one request: each zone's overlap with the seeker's, worked out once. */
  private final class Request implements Scorer {
    private final Zones zones;
    private final Instant asOf;
    private final int seekerOffset;
    private final double[] byZone;

    Request(Zones zones, MatchContext context) {
      this.zones = zones;
      this.asOf = context.asOf();
      this.seekerOffset = offset(context.seeker().timeZone());
      this.byZone = new double[zones.zones.length];
      Arrays.fill(byZone, Double.NaN);
    }

    private int offset(ZoneId zone) {
      return zone.getRules().getOffset(asOf).getTotalSeconds();
    }

    private int sharedSeconds(Member candidate) {
      return overlap(length, offset(candidate.timeZone()) - seekerOffset);
    }

    @Override
    public double score(Member candidate, int index) {
      if (index < 0 || index >= zones.zoneOf.length || zones.zones[zones.zoneOf[index]] != candidate.timeZone()) {
        return (double) sharedSeconds(candidate) / length;
      }
      int z = zones.zoneOf[index];
      double v = byZone[z];
      if (Double.isNaN(v)) {
        v = (double) sharedSeconds(candidate) / length;
        byZone[z] = v;
      }
      return v;
    }

    @Override
    public Optional<String> explain(Member candidate, int index) {
      int shared = sharedSeconds(candidate);
      if (shared == length) {
        return Optional.of("keeps the same working hours as you");
      }
      if (shared == 0) {
        return Optional.of("has no working hours in common with you");
      }
      return Optional.of("shares " + Phrases.duration(shared) + " of working hours with you");
    }
  }
}
