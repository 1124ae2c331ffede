package org.blendnet.core.match;

import org.blendnet.core.Network;

/**
 * The shape the core signals share: a name, nothing to prepare per network (they read the matchmaker's
 * packed member attributes through the {@link MatchContext}), and a scorer per request.
 */
abstract class CoreSignal implements MatchSignal {

  private final String name;

  CoreSignal(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Prepared prepare(Network network) {
    return this::begin;
  }

  /** The scorer of one request. */
  abstract Scorer begin(MatchContext context);

  @Override
  public String toString() {
    return name;
  }
}
