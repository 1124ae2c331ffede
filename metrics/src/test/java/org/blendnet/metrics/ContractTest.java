package org.blendnet.metrics;

import org.blendnet.core.TimeWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.blendnet.core.Affiliation;
import org.blendnet.core.CommunityId;
import org.blendnet.core.Topic;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matches;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.metrics.expertise.KnowledgeAtRisk;
import org.blendnet.metrics.silo.SiloIndices;
import org.blendnet.metrics.blended.Blendedness;
import org.blendnet.metrics.blended.EventCatalysis;
import org.blendnet.metrics.blended.TieMix;
import org.blendnet.metrics.reciprocity.ReciprocityBalancer;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.metrics.engagement.AttributeParticipation;
import org.blendnet.metrics.engagement.CohortRetention;
import org.blendnet.metrics.engagement.Engagement;
import org.blendnet.metrics.engagement.GroupSizes;
import org.blendnet.metrics.reciprocity.DyadicReciprocity;
import org.blendnet.metrics.reciprocity.GiveTakeCounts;
import org.blendnet.metrics.reciprocity.GiveTakeProfiles;
import org.blendnet.metrics.reciprocity.GiveTakeWeights;
import org.blendnet.metrics.reciprocity.GivingConcentration;
import org.blendnet.metrics.reciprocity.LedgerEntry;
import org.blendnet.metrics.reciprocity.LedgerSeries;
import org.blendnet.metrics.reciprocity.NetworkReciprocity;
import org.blendnet.metrics.reciprocity.Overload;
import org.blendnet.metrics.reciprocity.PayItForward;
import org.blendnet.metrics.reciprocity.ProfileThresholds;
import org.blendnet.metrics.reciprocity.ProfileTransitions;
import org.blendnet.metrics.reciprocity.ReciprocityLedger;
import org.blendnet.metrics.reciprocity.ReferralFunnel;
import org.blendnet.metrics.reciprocity.WeightedReciprocity;
import org.junit.jupiter.api.Test;

/**
 * The contracts of every public type of the exported packages: a null argument throws a
 * {@link NullPointerException} (a record constructor's names the component), and the hand-written
 * equalities hold.
 */
class ContractTest {

  private static final Network NETWORK = Fixtures.members("ana", "bo")
      .touchpoint(Fixtures.directed("t1", day(1), "ana", "bo")).build();
  private static final TimeWindows WINDOWS = TimeWindows.of(day(0), Duration.ofDays(7), 2);
  private static final ReciprocityLedger LEDGER = ReciprocityLedger.of(NETWORK);
  private static final LedgerSeries SERIES = ReciprocityLedger.byWindow(NETWORK, GiveTakeWeights.defaults(), WINDOWS);

  private static final Map<Class<?>, Object> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put(Network.class, NETWORK);
    DEFAULTS.put(TimeWindows.class, WINDOWS);
    DEFAULTS.put(TimeWindow.class, WINDOWS.get(0));
    DEFAULTS.put(MemberId.class, m("ana"));
    DEFAULTS.put(CommunityId.class, CommunityId.of("c"));
    DEFAULTS.put(ReciprocityLedger.class, LEDGER);
    DEFAULTS.put(LedgerSeries.class, SERIES);
    DEFAULTS.put(GiveTakeWeights.class, GiveTakeWeights.defaults());
    DEFAULTS.put(GiveTakeCounts.class, GiveTakeCounts.none());
    DEFAULTS.put(ProfileThresholds.class, ProfileThresholds.defaults());
    DEFAULTS.put(ReferralFunnel.Options.class, ReferralFunnel.Options.defaults());
    DEFAULTS.put(LedgerEntry.class, LEDGER.entry(m("ana")));
    DEFAULTS.put(String.class, "role");
    DEFAULTS.put(double[].class, new double[] {1, 2});
    DEFAULTS.put(SortedMap.class, new TreeMap<>());
    DEFAULTS.put(Instant.class, day(0));
    DEFAULTS.put(Duration.class, Duration.ofDays(1));
    DEFAULTS.put(Period.class, Period.ofDays(1));
    DEFAULTS.put(ReferralFunnel.Crossing.class, new ReferralFunnel.Crossing(0, 0));
    DEFAULTS.put(ReferralFunnel.Stages.class, ReferralFunnel.of(NETWORK).forwards());
    DEFAULTS.put(GivingConcentration.class, GivingConcentration.of(LEDGER));
    DEFAULTS.put(DyadicReciprocity.class, new DyadicReciprocity(0, 0, 0));
    DEFAULTS.put(WeightedReciprocity.class, new WeightedReciprocity(0, 0));
    DEFAULTS.put(ZonedDateTime.class, ZonedDateTime.parse("2026-01-01T00:00Z"));
    DEFAULTS.put(SocialGraph.class, SocialGraph.of(NETWORK));
    DEFAULTS.put(TieMix.class, new TieMix(0, 0, 0, 0, 0));
    DEFAULTS.put(Affiliation.class, Affiliation.of("Acme"));
    DEFAULTS.put(ToDoubleFunction.class, (ToDoubleFunction<Object>) x -> 0.5);
    DEFAULTS.put(Matches.class, Matchmaker.withCoreSignals(NETWORK)
        .routeQuestion(m("ana"), Set.of(Topic.of("pricing")), MatchOptions.defaults().withAsOf(day(1))).answerers());
    DEFAULTS.put(ReciprocityBalancer.Status.class, ReciprocityBalancer.Status.ROOM);
    DEFAULTS.put(Topic.class, Topic.of("pricing"));
    DEFAULTS.put(SiloOptions.class, SiloOptions.defaults());
    DEFAULTS.put(int[].class, new int[] {0, 1});
  }

  /** An instance of every public class whose instance methods are checked. */
  private static Map<Class<?>, Object> instances() {
    Map<Class<?>, Object> map = new LinkedHashMap<>();
    map.put(TimeWindows.class, WINDOWS);
    map.put(Inequality.class, null);
    map.put(GiveTakeWeights.class, GiveTakeWeights.defaults());
    map.put(GiveTakeCounts.class, GiveTakeCounts.none());
    map.put(LedgerEntry.class, LEDGER.entry(m("ana")));
    map.put(ReciprocityLedger.class, LEDGER);
    map.put(LedgerSeries.class, SERIES);
    map.put(ProfileThresholds.class, ProfileThresholds.defaults());
    map.put(GiveTakeProfiles.class, GiveTakeProfiles.of(NETWORK, LEDGER));
    map.put(NetworkReciprocity.class, NetworkReciprocity.of(NETWORK));
    map.put(PayItForward.class, PayItForward.of(NETWORK));
    map.put(ProfileTransitions.class, ProfileTransitions.of(SERIES));
    map.put(GivingConcentration.class, GivingConcentration.of(LEDGER));
    map.put(Overload.class, Overload.of(SERIES));
    map.put(ReferralFunnel.class, ReferralFunnel.of(NETWORK));
    map.put(Engagement.class, Engagement.of(NETWORK, WINDOWS));
    map.put(AttributeParticipation.class, Engagement.of(NETWORK, WINDOWS).byAttribute("role"));
    map.put(CohortRetention.class, Engagement.of(NETWORK, WINDOWS).retention());
    map.put(GroupSizes.class, GroupSizes.of(NETWORK));
    map.put(ReciprocityBalancer.class, ReciprocityBalancer.builder(NETWORK, LEDGER).build());
    map.put(ReciprocityBalancer.Builder.class, ReciprocityBalancer.builder(NETWORK, LEDGER));
    map.put(Blendedness.class, Blendedness.of(SocialGraph.of(NETWORK)));
    map.put(EventCatalysis.class, EventCatalysis.of(NETWORK));
    map.put(TieMix.class, new TieMix(1, 0, 0, 0, 0));
    map.put(SiloIndices.class, SiloIndices.of(SocialGraph.of(NETWORK)));
    map.put(KnowledgeAtRisk.class, KnowledgeAtRisk.of(NETWORK));
    return map;
  }

  /** Every public class (top-level or nested) of the exported packages, found in the compiled classes. */
  private static List<Class<?>> publicClasses() throws ClassNotFoundException, URISyntaxException {
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> anchor : List.of(TimeWindows.class, ReciprocityLedger.class, Engagement.class, Blendedness.class,
        SiloIndices.class, KnowledgeAtRisk.class)) {
      String pkg = anchor.getPackageName();
      File dir = new File(anchor.getResource(anchor.getSimpleName() + ".class").toURI()).getParentFile();
      for (String file : new TreeSet<>(Arrays.asList(dir.list((d, name) -> name.endsWith(".class"))))) {
        Class<?> c = Class.forName(pkg + "." + file.substring(0, file.length() - ".class".length()));
        if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass() && !c.isInterface()) {
          classes.add(c);
        }
      }
    }
    return classes;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  @Test
  void should_throw_null_pointer_exceptions_for_null_arguments() throws Exception {
    NullPointerTester tester = new NullPointerTester();
    DEFAULTS.forEach((type, value) -> setDefault(tester, type, value));
    List<Class<?>> classes = publicClasses();
    assertThat(classes).hasSizeGreaterThan(30);
    for (Class<?> type : classes) {
      tester.testAllPublicStaticMethods(type);
      if (!type.isEnum() && type != LedgerSeries.class && type != ReferralFunnel.Stages.class
          && type != CohortRetention.Cohort.class) {
        tester.testAllPublicConstructors(type);
      }
    }
    for (Map.Entry<Class<?>, Object> e : instances().entrySet()) {
      if (e.getValue() != null) {
        tester.testAllPublicInstanceMethods(e.getValue());
      }
    }
  }

  /** A record constructor's {@link NullPointerException} names the component that was null. */
  @Test
  void should_name_the_null_component_of_a_record() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : publicClasses()) {
      if (!type.isRecord()) {
        continue;
      }
      RecordComponent[] components = type.getRecordComponents();
      Constructor<?> canonical = type.getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      Parameter[] parameters = canonical.getParameters();
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i].getType().isPrimitive()) {
          continue;
        }
        Object[] args = new Object[parameters.length];
        for (int j = 0; j < args.length; j++) {
          args[j] = j == i ? null : valid(parameters[j].getType());
        }
        try {
          canonical.newInstance(args);
          problems.add(type.getSimpleName() + "." + components[i].getName() + ": accepted null");
        } catch (InvocationTargetException ex) {
          Throwable cause = ex.getCause();
          if (!(cause instanceof NullPointerException) || cause.getMessage() == null
              || !cause.getMessage().contains(components[i].getName())) {
            problems.add(type.getSimpleName() + "." + components[i].getName() + ": " + cause);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** A valid value of {@code type} for a record component that is not under test. */
  private static Object valid(Class<?> type) {
    Object known = DEFAULTS.get(type);
    if (known != null) {
      return known;
    }
    return type.isEnum() ? type.getEnumConstants()[0]
        : type == Optional.class ? Optional.empty()
        : type == List.class ? List.of()
        : type == Map.class ? Map.of()
        : type == Set.class ? Set.of()
        : type == int.class ? Integer.valueOf(0)
        : type == long.class ? Long.valueOf(0)
        : type == double.class ? Double.valueOf(0.5)
        : fail("no valid value for " + type);
  }

  @Test
  void should_compare_by_value() {
    new EqualsTester()
        .addEqualityGroup(WINDOWS, TimeWindows.of(day(0), Duration.ofDays(7), 2), TimeWindows.of(List.of(day(0), day(7), day(14))))
        .addEqualityGroup(TimeWindows.of(day(0), Duration.ofDays(7), 3))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(LEDGER, ReciprocityLedger.of(NETWORK))
        .addEqualityGroup(ReciprocityLedger.of(NETWORK, GiveTakeWeights.defaults().withReplyGiven(1)))
        .addEqualityGroup(SERIES.get(0))
        .addEqualityGroup(ReciprocityLedger.of(Fixtures.members("ana", "cy").build()))
        .testEquals();
  }
}
