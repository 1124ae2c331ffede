package org.blendnet.core.match;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/** See {@link CoreSignals#timeZoneOverlap(LocalTime, LocalTime)}. */
final class TimeZoneOverlap extends CoreSignal {

  static final int DAY = 24 * 3600;

  private final LocalTime start;
  private final LocalTime end;
  /** Working hours' length in seconds, in (0, DAY). */
  private final int length;

  TimeZoneOverlap(LocalTime start, LocalTime end) {
    super(CoreSignals.TIME_ZONE);
    this.start = start;
    this.end = end;
    this.length = Math.floorMod(end.toSecondOfDay() - start.toSecondOfDay(), DAY);
  }

  @Override
  Scorer begin(MatchContext context) {
    return new Request(context);
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

  /** The scorer of one request: each distinct zone's overlap with the seeker's, worked out once. */
  final class Request implements Scorer {
    private final MemberTable table;
    private final TopicIndex index;
    private final ZoneId[] zones;
    private final Instant asOf;
    private final int seekerOffset;
    private final double[] byZone;

    Request(MatchContext context) {
      this.table = context.table();
      this.index = context.index();
      this.zones = table.zones();
      this.asOf = context.asOf();
      this.seekerOffset = offset(context.seeker().timeZone());
      this.byZone = new double[zones.length];
      Arrays.fill(byZone, Double.NaN);
    }

    private int offset(ZoneId zone) {
      return zone.getRules().getOffset(asOf).getTotalSeconds();
    }

    private int sharedSeconds(ZoneId zone) {
      return overlap(length, offset(zone) - seekerOffset);
    }

    @Override
    public double score(int candidate) {
      int z = index.zone(candidate);
      double v = byZone[z];
      if (Double.isNaN(v)) {
        v = (double) sharedSeconds(zones[z]) / length;
        byZone[z] = v;
      }
      return v;
    }

    @Override
    public Optional<String> explain(int candidate) {
      int shared = sharedSeconds(zones[table.zone(candidate)]);
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
