package org.blendnet.metrics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.blendnet.core.MemberId;
import org.blendnet.metrics.internal.Format;
import org.blendnet.metrics.reciprocity.Broadcaster;
import org.blendnet.metrics.reciprocity.DyadicReciprocity;
import org.blendnet.metrics.reciprocity.GiveTakeCounts;
import org.blendnet.metrics.reciprocity.GiveTakeProfile;
import org.blendnet.metrics.reciprocity.GiveTakeProfiles;
import org.blendnet.metrics.reciprocity.GivingConcentration;
import org.blendnet.metrics.reciprocity.LedgerEntry;
import org.blendnet.metrics.reciprocity.NetworkReciprocity;
import org.blendnet.metrics.reciprocity.Overload;
import org.blendnet.metrics.reciprocity.PayItForward;
import org.blendnet.metrics.reciprocity.ProfileThresholds;
import org.blendnet.metrics.reciprocity.ProfileTransitions;
import org.blendnet.metrics.reciprocity.ReciprocityLedger;
import org.blendnet.metrics.reciprocity.ReferralFunnel;
import org.blendnet.metrics.reciprocity.WeightedReciprocity;

/**
 * The "reciprocity" section: give and take — the ledger, the profiles, network reciprocity, paying it
 * forward, overload and the referral funnel (package {@code org.blendnet.metrics.reciprocity}).
 */
final class ReciprocitySection {

  static final String KEY = "reciprocity";

  private ReciprocitySection() {}

  static Section build(ReportContext c) {
    ReciprocityLedger ledger = c.ledger;
    GiveTakeCounts totals = ledger.totals();
    GiveTakeProfiles profiles = GiveTakeProfiles.of(c.network, ledger, c.options.thresholds());
    NetworkReciprocity nr = NetworkReciprocity.of(c.network, c.window);
    PayItForward pif = PayItForward.of(c.network);
    GivingConcentration concentration = GivingConcentration.of(ledger);
    Overload overload = Overload.of(c.series);
    ProfileTransitions transitions = ProfileTransitions.of(c.series, c.options.thresholds());
    ReferralFunnel funnel = ReferralFunnel.of(c.network,
        ReferralFunnel.Options.defaults().withUnitDepth(c.options.siloOptions().unitDepth()));
    int topN = c.options.topN();
    ProfileThresholds th = c.options.thresholds();

    SectionBuilder s = new SectionBuilder(KEY, "Give and take",
        "Who gives and who takes. G, the amount a member gave, and T, the amount they took, weigh their acts "
            + "(answers to others' questions, helpful answers, referrals and introductions made for others, "
            + "events hosted, replies; questions asked, answers, forwards and introductions received) with the "
            + "ledger's weights (by default 1 per answer, 0.5 per question asked). Pay-it-forward and the "
            + "referral funnel cover all records, the rest the window.")
        .amount("total_given", "Total given (ΣG)", ledger.totalGiven(), "The sum of G over all members.")
        .amount("total_taken", "Total taken (ΣT)", ledger.totalTaken(), "The sum of T over all members.")
        .count("acts_of_giving", "Acts of giving", totals.actsOfGiving(), "All acts of giving, unweighted.")
        .count("acts_of_taking", "Acts of taking", totals.actsOfTaking(), "All acts of taking, unweighted.")
        .count("givers", "Givers", profiles.count(GiveTakeProfile.GIVER),
            "Members with balance B = (G − T)/(G + T) at or above " + Format.ratio(th.giverAtLeast())
                + " (by default 1/3: they give at least twice what they take), after Grant's Give and Take (2013).")
        .count("matchers", "Matchers", profiles.count(GiveTakeProfile.MATCHER),
            "Members whose B lies strictly between the taker and giver thresholds: give and take roughly balance.")
        .count("takers", "Takers", profiles.count(GiveTakeProfile.TAKER),
            "Members with B at or below " + Format.ratio(th.takerAtMost())
                + " (by default −1/3: they take at least twice what they give).")
        .count("unprofiled", "Too little activity to profile", profiles.count(GiveTakeProfile.INACTIVE),
            "Members with G + T below the minimum activity of " + Format.amount(th.minActivity()) + ".")
        .count("broadcasters", "Broadcasters", profiles.broadcasters().size(),
            "Members whose directed contacts are mostly outgoing and unreciprocated: they contacted at least "
                + th.broadcasterMinTargets() + " members, started at least " + Format.ratio(th.broadcasterMinOutShare())
                + " of their directed contacts, and at most " + Format.ratio(th.broadcasterMaxReciprocated())
                + " of those they contacted ever contacted them.")
        .count("taker_to_giver_transitions", "Taker → giver transitions", transitions.count(),
            "Times a member who was a taker in one period was a giver or matcher in the next.");
    dyadic(s, "contact", "contact graph", nr.contact(),
        "the directed contact graph (initiator → each other participant of every touchpoint with an initiator)");
    dyadic(s, "help_flow", "help-flow graph", nr.helpFlow(),
        "the directed help-flow graph (responder → asker for every answer, referrer → beneficiary for every "
            + "referral made for someone else)");
    WeightedReciprocity w = nr.helpFlowWeighted();
    s.count("help_flow_weight", "Help flow: acts of help", w.totalWeight(),
            "W, the acts of help between two different members.")
        .count("help_flow_reciprocated_weight", "Help flow: help returned", w.reciprocatedWeight(),
            "W↔ = Σ min(w_ij, w_ji): the part of each flow of help matched by help back.")
        .ratio("help_flow_r_w", "Help flow: weighted reciprocity r_w", w.reciprocity(),
            "r_w = W↔ / W, the share of help returned in kind (Squartini et al., Sci. Rep. 3, 2729, 2013); "
                + "0 without help.")
        .count("helped", "Members helped", pif.helped(), "Members who received at least one act of help.")
        .count("paid_forward", "Paid it forward", pif.paidForward(),
            "Of those, members who later helped someone who had not helped them (generalized reciprocity, after "
                + "Baker & Bulkley 2014).")
        .ratio("pay_it_forward_share", "Pay-it-forward share", pif.share(),
            "paid_forward / helped (0 when nobody was helped).")
        .seconds("median_pay_it_forward_delay_seconds", "Median delay to pay it forward", pif.medianDelay(),
            "The median time from first help received to first help paid forward, in seconds; null when nobody "
                + "paid forward.")
        .ratio("giving_gini", "Gini of giving", concentration.gini(),
            "The Gini coefficient of G over all members: how unequally the giving is spread.")
        .ratio("giving_top_fraction", "Top fraction", concentration.topFraction(),
            "The fraction of members counted as the top givers (5%).")
        .ratio("giving_top_share", "Share given by the top 5%", concentration.topShare(),
            "The share of ΣG given by the top ⌈5% · members⌉ givers (Cross, Rebele & Grant 2016 found 20–35% of "
                + "valuable collaboration coming from 3–5% of people).");
    referrals(s, "forwards", "Question forwards", funnel.forwards());
    referrals(s, "introductions", "Introductions", funnel.introductions());
    s.count("referral_chains", "Referral chains", funnel.chains(),
            "Chains of referrals (a referral and its parents); a referral with no parent or child is a chain "
                + "of 1.")
        .count("longest_referral_chain", "Longest referral chain", funnel.longestChain(),
            "The number of referrals in the longest chain (0 without referrals).");

    s.table(members("top_givers", "Top givers", "The members who gave most (G, then network order), at most "
        + topN + ".", ledger.topGivers(topN), count(ledger, true), profiles, c));
    s.table(members("top_takers", "Top takers", "The members who took most (T, then network order), at most "
        + topN + ".", ledger.topTakers(topN), count(ledger, false), profiles, c));
    TableBuilder carriers = new TableBuilder("carriers", "Who carries the load",
        "The top 5% of givers over the whole window and what they gave in each period (G per period), at most "
            + topN + ".")
        .column("member", "Member", Kind.TEXT)
        .column("given", "G", Kind.AMOUNT)
        .column("given_by_period", "G per period", Kind.SERIES);
    for (int i = 0; i < Math.min(topN, overload.carriers().size()); i++) {
      Overload.CarrierTrend t = overload.carriers().get(i);
      carriers.row(c.labels.of(t.member()), c.series.total().given(t.member()), List.copyOf(t.given()));
    }
    s.table(carriers.omitted(Math.max(0, overload.carriers().size() - topN)).build());
    TableBuilder broadcasters = new TableBuilder("broadcaster_list", "Broadcasters",
        "Members whose contacts are mostly outgoing and unreciprocated, most contacts started first, at most "
            + topN + ".")
        .column("member", "Member", Kind.TEXT)
        .column("initiated", "Contacts started", Kind.COUNT)
        .column("received", "Contacts received", Kind.COUNT)
        .column("targets", "Members contacted", Kind.COUNT)
        .column("reciprocated_targets", "Who contacted back", Kind.COUNT);
    List<Broadcaster> sorted = new ArrayList<>(profiles.broadcasters());
    sorted.sort(Comparator.comparingLong(Broadcaster::initiated).reversed());
    for (Broadcaster b : sorted.subList(0, Math.min(topN, sorted.size()))) {
      broadcasters.row(c.labels.of(b.member()), b.initiated(), b.received(), b.targets(), b.reciprocatedTargets());
    }
    s.table(broadcasters.omitted(Math.max(0, sorted.size() - topN)).build());
    TableBuilder referrers = new TableBuilder("top_referrers", "Who refers most successfully",
        "Referrers with at least " + funnel.options().minReferrals() + " referrals, by completed referrals, then "
            + "success rate, at most " + topN + ".")
        .column("member", "Member", Kind.TEXT)
        .column("made", "Referrals made", Kind.COUNT)
        .column("succeeded", "Completed", Kind.COUNT)
        .column("rate", "Success rate", Kind.RATIO);
    for (ReferralFunnel.ReferrerSuccess r : funnel.referrers().subList(0, Math.min(topN, funnel.referrers().size()))) {
      referrers.row(c.labels.of(r.member()), r.made(), r.succeeded(), r.rate());
    }
    s.table(referrers.omitted(Math.max(0, funnel.referrers().size() - topN)).build());

    s.chart(scatter(ledger, c));
    return s.build();
  }

  private static void dyadic(SectionBuilder s, String key, String name, DyadicReciprocity d, String graph) {
    String label = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    s.count(key + "_ties", label + ": ties", d.ties(), "L, the distinct directed ties of " + graph + ".")
        .count(key + "_reciprocated_ties", label + ": reciprocated ties", d.reciprocatedTies(),
            "L↔, the ties of the " + name + " whose reverse is also a tie.")
        .ratio(key + "_r", label + ": reciprocity r", d.reciprocity(),
            "r = L↔ / L, the share of ties that are returned (0 without ties).")
        .ratio(key + "_density", label + ": density ā", d.density(),
            "ā = L / (n(n − 1)): the r expected if ties were placed at random.")
        .ratio(key + "_rho", label + ": ρ", d.rho(),
            "ρ = (r − ā)/(1 − ā), reciprocity beyond chance (Garlaschelli & Loffredo, PRL 93, 268701, 2004): "
                + "positive when ties are returned more than chance would, negative when less.");
  }

  private static void referrals(SectionBuilder s, String key, String label, ReferralFunnel.Stages f) {
    s.count(key + "_requested", label + ": requested", f.requested(), "All " + label.toLowerCase(Locale.ROOT) + " made.")
        .count(key + "_accepted", label + ": accepted", f.accepted(),
            "Accepted by the target (including those that went on to completion).")
        .count(key + "_completed", label + ": completed", f.completed(),
            "Answered (question forwards) or introduced (introductions).")
        .count(key + "_declined", label + ": declined", f.declined(), "Declined by the target.")
        .count(key + "_expired", label + ": expired", f.expired(), "Nothing happened in time.")
        .ratio(key + "_completed_share", label + ": completed share", f.completedShare(),
            "completed / requested (0 when none were requested).")
        .ratio(key + "_crossed_communities_share", label + ": crossed communities", f.communities().share(),
            "Of those whose crossing could be decided, the share that reached someone outside the community "
                + "(forwards: of the question; introductions: shared by the two introduced).")
        .ratio(key + "_crossed_units_share", label + ": crossed units", f.units().share(),
            "Of those whose two members both have a declared unit, the share between different units.");
  }

  /** How many members gave (or took) anything. */
  private static int count(ReciprocityLedger ledger, boolean given) {
    int n = 0;
    for (LedgerEntry e : ledger.entries()) {
      if ((given ? e.given() : e.taken()) > 0) {
        n++;
      }
    }
    return n;
  }

  private static Table members(String key, String title, String definition, List<LedgerEntry> entries, int all,
      GiveTakeProfiles profiles, ReportContext c) {
    TableBuilder t = new TableBuilder(key, title, definition)
        .column("member", "Member", Kind.TEXT)
        .column("given", "G", Kind.AMOUNT)
        .column("taken", "T", Kind.AMOUNT)
        .column("balance", "B", Kind.RATIO)
        .column("profile", "Profile", Kind.TEXT);
    for (LedgerEntry e : entries) {
      t.row(c.labels.of(e.member()), e.given(), e.taken(), e.balance().isPresent() ? e.balance().getAsDouble() : null,
          profiles.profileOf(e.member()).name().toLowerCase(java.util.Locale.ROOT));
    }
    return t.omitted(all - entries.size()).build();
  }

  private static Chart scatter(ReciprocityLedger ledger, ReportContext c) {
    List<LedgerEntry> active = new ArrayList<>();
    for (LedgerEntry e : ledger.entries()) {
      if (e.given() + e.taken() > 0) {
        active.add(e);
      }
    }
    // most active first (stable: network order among equals), then capped
    active.sort(Comparator.comparingDouble((LedgerEntry e) -> e.given() + e.taken()).reversed());
    int shown = Math.min(active.size(), c.options.maxPoints());
    List<Chart.Point> points = new ArrayList<>();
    for (LedgerEntry e : active.subList(0, shown)) {
      MemberId m = e.member();
      points.add(new Chart.Point(e.taken(), e.given(), c.labels.of(m)));
    }
    return new Chart.Scatter("give_take", "Give and take",
        "One point per member with any give or take: T, the amount taken, across; G, the amount given, up. "
            + "Points above the diagonal G = T gave more than they took."
            + (shown < active.size() ? " The " + shown + " most active of " + active.size() + " are shown." : ""),
        "taken (T)", "given (G)", points, active.size() - shown);
  }
}
