package org.blendnet.core.match;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.blendnet.core.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * How often one member may be asked something: at most {@link #limit()} requests per {@link #period()},
 * over a sliding window. Aardvark asked each person at most about once a day (Horowitz &amp; Kamvar,
 * 2010); {@code RequestBudget.perDay(1)} does the same.
 *
 * <p><b>Contract.</b> The host calls {@link #record(MemberId, Instant)} for every request it actually
 * sends to a member — a routed question, a forwarded one, an introduction asking for consent — whether or
 * not this library suggested it. Suggesting is not asking: {@link Matchmaker#routeQuestion} never records
 * anything. A member whose budget is used up ({@code used(member, asOf) >= limit}) is not suggested as
 * an answerer until a request falls out of the window. The same budget may serve several matchmakers,
 * one after another as the network snapshot is rebuilt, or side by side.
 *
 * <pre>{@code
 * RequestBudget budget = RequestBudget.perDay(1);
 * Matchmaker matchmaker = Matchmaker.builder(network).coreSignals().requestBudget(budget).build();
 * Routing routing = matchmaker.routeQuestion(question, MatchOptions.defaults().withK(3));
 * for (Referral r : routing.referrals()) {
 *   send(r);                              // the host's own messaging
 *   budget.record(r.to(), r.at());
 * }
 * }</pre>
 *
 * @implNote Thread-safe: the counts are kept by a {@link LoadTracker}.
 * @since 0.1
 */
public final class RequestBudget {

  private static final RequestBudget UNLIMITED = new RequestBudget(Integer.MAX_VALUE, Duration.ofDays(1), null);

  private final int limit;
  private final Duration period;
  private final @Nullable LoadTracker requests;

  private RequestBudget(int limit, Duration period, @Nullable LoadTracker requests) {
    this.limit = limit;
    this.period = period;
    this.requests = requests;
  }

  /**
   * At most {@code limit} requests per member in any window of length {@code period}.
   *
   * @throws IllegalArgumentException if {@code limit < 1} or the period is not positive
   */
  public static RequestBudget of(int limit, Duration period) {
    Objects.requireNonNull(period, "period");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
    }
    return new RequestBudget(limit, period, LoadTracker.over(period));
  }

  /**
   * At most {@code limit} requests per member in any 24 hours.
   *
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public static RequestBudget perDay(int limit) {
    return of(limit, Duration.ofDays(1));
  }

  /** No limit: everyone may always be asked, and nothing is recorded. The default of a {@link Matchmaker}. */
  public static RequestBudget unlimited() {
    return UNLIMITED;
  }

  /** True for {@link #unlimited()}. */
  public boolean isUnlimited() {
    return requests == null;
  }

  /** The most requests one member may receive in a period; {@link Integer#MAX_VALUE} if unlimited. */
  public int limit() {
    return limit;
  }

  /** The length of the sliding window. */
  public Duration period() {
    return period;
  }

  /** Records a request sent to {@code member} at {@code at}. Does nothing if the budget is unlimited. */
  public void record(MemberId member, Instant at) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(at, "at");
    if (requests != null) {
      requests.record(member, at);
    }
  }

  /** The requests {@code member} received in the period ending at {@code asOf} (0 if unlimited). */
  public int used(MemberId member, Instant asOf) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(asOf, "asOf");
    return requests == null ? 0 : requests.load(member, asOf);
  }

  /** How many more requests {@code member} may receive at {@code asOf}; {@link Integer#MAX_VALUE} if unlimited. */
  public int remaining(MemberId member, Instant asOf) {
    return requests == null ? Integer.MAX_VALUE : Math.max(0, limit - used(member, asOf));
  }

  /** True if {@code member} may be asked at {@code asOf}. */
  public boolean allows(MemberId member, Instant asOf) {
    return remaining(member, asOf) > 0;
  }

  /** Forgets everything recorded for {@code member} (for erasure). */
  public void forget(MemberId member) {
    Objects.requireNonNull(member, "member");
    if (requests != null) {
      requests.forget(member);
    }
  }

  /** {@code RequestBudget[1 per PT24H]} or {@code RequestBudget[unlimited]}. */
  @Override
  public String toString() {
    return requests == null ? "RequestBudget[unlimited]" : "RequestBudget[" + limit + " per " + period + "]";
  }
}
