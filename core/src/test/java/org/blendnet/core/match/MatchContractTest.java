package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.match.MatchFixtures.ANA;
import static org.blendnet.core.match.MatchFixtures.Q1;
import static org.blendnet.core.match.MatchFixtures.WINTER;
import static org.blendnet.core.match.MatchFixtures.id;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.junit.jupiter.api.Test;

/** The contracts of every public type of the package: null-hostility with named nulls, and value equality. */
class MatchContractTest {

  private static final Matchmaker MATCHMAKER = Matchmaker.withCoreSignals(MatchFixtures.network());
  private static final Matches MATCHES = MATCHMAKER.recommendPeers(id("ana"), MatchFixtures.winter());

  private static MatchContext context() {
    MatchContext[] seen = new MatchContext[1];
    MatchSignal capture = new MatchSignal() {
      @Override
      public String name() {
        return "capture";
      }

      @Override
      public Prepared prepare(Network network) {
        return context -> {
          seen[0] = context;
          return CoreSignals.topicFit().prepare(network).begin(context);
        };
      }
    };
    Matchmaker.builder(MatchFixtures.network()).signal(capture, 1).build().recommendPeers(id("ana"),
        MatchFixtures.winter());
    return seen[0];
  }

  /** An instance of every public class of the package whose instance methods are checked. */
  private static Map<Class<?>, Object> instances() {
    Map<Class<?>, Object> map = new LinkedHashMap<>();
    map.put(CoreSignals.class, CoreSignals.class);
    map.put(LoadTracker.class, LoadTracker.over(Duration.ofDays(1)));
    map.put(Match.class, MATCHES.matches().get(0));
    map.put(MatchContext.class, context());
    map.put(MatchOptions.class, MatchOptions.defaults());
    map.put(MatchRequest.class, MatchRequest.peers(ANA));
    map.put(MatchRequest.Purpose.class, MatchRequest.Purpose.PEERS);
    map.put(Matches.class, MATCHES);
    map.put(Matchmaker.class, MATCHMAKER);
    map.put(Matchmaker.Builder.class, Matchmaker.builder(MatchFixtures.network()));
    map.put(MemberPair.class, MemberPair.of(id("ana"), id("bo")));
    map.put(RequestBudget.class, RequestBudget.perDay(1));
    map.put(Routing.class, MATCHMAKER.routeQuestion(Q1, MatchOptions.defaults()));
    map.put(SignalScore.class, MATCHES.matches().get(0).breakdown().get(0));
    return map;
  }

  /** Valid values for the parameters not under test. */
  private static final Map<Class<?>, Object> DEFAULTS = Map.ofEntries(
      Map.entry(String.class, "x"),
      Map.entry(MemberId.class, id("bo")),
      Map.entry(Member.class, ANA),
      Map.entry(Network.class, MatchFixtures.network()),
      Map.entry(Question.class, Q1),
      Map.entry(Instant.class, WINTER),
      Map.entry(Duration.class, Duration.ofDays(1)),
      Map.entry(LocalTime.class, LocalTime.NOON),
      Map.entry(Clock.class, Clock.fixed(WINTER, ZoneOffset.UTC)),
      Map.entry(MatchRequest.class, MatchRequest.peers(ANA)),
      Map.entry(MatchOptions.class, MatchOptions.defaults()),
      Map.entry(MatchSignal.class, CoreSignals.topicFit()),
      Map.entry(CandidateSource.class, new CandidateSource() {
        @Override
        public String name() {
          return "none";
        }

        @Override
        public Prepared prepare(Network network) {
          return (context, sink) -> { };
        }
      }),
      Map.entry(MemberLoad.class, MemberLoad.none()),
      Map.entry(RequestBudget.class, RequestBudget.unlimited()),
      Map.entry(Matches.class, MATCHES),
      Map.entry(Predicate.class, MatchOptions.anyMember()),
      Map.entry(MatchRequest.Purpose.class, MatchRequest.Purpose.PEERS),
      Map.entry(Object.class, "key"),
      Map.entry(Class.class, Integer.class),
      Map.entry(Supplier.class, (Supplier<Integer>) () -> 1));

  private static Object defaultFor(Class<?> type) {
    if (DEFAULTS.containsKey(type)) {
      return DEFAULTS.get(type);
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == OptionalLong.class) {
      return OptionalLong.empty();
    }
    if (type == List.class) {
      return List.of();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == int.class) {
      return 1;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == double.class) {
      return 0.5;
    }
    if (type == boolean.class) {
      return false;
    }
    throw new IllegalStateException("no default for " + type);
  }

  @Test
  void should_cover_every_public_class() {
    List<String> expected = List.of("CoreSignals", "LoadTracker", "Match", "MatchContext", "MatchOptions",
        "MatchRequest", "MatchRequest$Purpose", "Matches", "Matchmaker", "Matchmaker$Builder", "MemberPair",
        "RequestBudget", "Routing", "SignalScore");
    List<String> covered = new ArrayList<>();
    for (Class<?> c : instances().keySet()) {
      covered.add(c.getName().substring(c.getPackageName().length() + 1));
      assertThat(Modifier.isPublic(c.getModifiers())).isTrue();
    }
    assertThat(covered).containsExactlyElementsOf(expected);
  }

  @Test
  void should_throw_null_pointer_exceptions_for_null_arguments() {
    NullPointerTester tester = new NullPointerTester();
    DEFAULTS.forEach((type, value) -> setDefault(tester, type, value));
    for (Map.Entry<Class<?>, Object> e : instances().entrySet()) {
      tester.testAllPublicConstructors(e.getKey());
      tester.testAllPublicStaticMethods(e.getKey());
      if (!(e.getValue() instanceof Class<?>)) {
        tester.testAllPublicInstanceMethods(e.getValue());
      }
    }
    tester.testAllPublicStaticMethods(MemberLoad.class);
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  /** Every null argument gets a NullPointerException with a message, naming the component for records. */
  @Test
  void should_name_what_was_null() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Class<?>, Object> e : instances().entrySet()) {
      Class<?> type = e.getKey();
      for (Constructor<?> c : type.getConstructors()) {
        check(c, null, type.isRecord() ? components(type) : null, problems);
      }
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass() != type || m.isSynthetic() || m.getName().equals("equals")
            || m.getName().equals("valueOf") && type.isEnum()) {
          continue;
        }
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        if (!isStatic && e.getValue() instanceof Class<?>) {
          continue;
        }
        check(m, isStatic ? null : e.getValue(), null, problems);
      }
    }
    assertThat(problems).isEmpty();
  }

  private static List<String> components(Class<?> record) {
    List<String> names = new ArrayList<>();
    for (var c : record.getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }

  /** Calls {@code executable} with a null in each reference position in turn, recording what is wrong. */
  private static void check(Executable executable, Object receiver, List<String> names, List<String> problems) {
    Parameter[] parameters = executable.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (!parameters[i].getType().isPrimitive()) {
        Object[] args = new Object[parameters.length];
        for (int j = 0; j < args.length; j++) {
          args[j] = j == i ? null : defaultFor(parameters[j].getType());
        }
        String expectedName = names == null ? null : names.get(i);
        String where = executable.getDeclaringClass().getSimpleName() + "." + executable.getName() + "("
            + parameters.length + " args), null " + parameters[i].getName() + ": ";
        problem(outcome(executable, receiver, args), expectedName).ifPresent(p -> problems.add(where + p));
      }
    }
  }

  /** What the call threw, or empty if it returned. */
  private static Optional<Throwable> outcome(Executable executable, Object receiver, Object[] args) {
    try {
      if (executable instanceof Constructor<?> constructor) {
        constructor.newInstance(args);
      } else {
        ((Method) executable).invoke(receiver, args);
      }
      return Optional.empty();
    } catch (InvocationTargetException e) {
      return Optional.of(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot call " + executable, e);
    }
  }

  private static Optional<String> problem(Optional<Throwable> thrown, String expectedName) {
    if (thrown.isEmpty() || !(thrown.get() instanceof NullPointerException npe)) {
      return Optional.of("expected a NullPointerException but got " + thrown.orElse(null));
    }
    String message = npe.getMessage();
    if (message == null || message.isBlank()) {
      return Optional.of("NullPointerException without a message");
    }
    return expectedName == null || message.contains(expectedName) ? Optional.empty()
        : Optional.of("message '" + message + "' does not name " + expectedName);
  }

  @Test
  void should_compare_values_by_content() {
    Match bo = MATCHES.matches().get(0);
    new EqualsTester()
        .addEqualityGroup(MemberPair.of(id("a"), id("b")), MemberPair.of(id("b"), id("a")), new MemberPair(id("b"),
            id("a")))
        .addEqualityGroup(MemberPair.of(id("a"), id("c")))
        .addEqualityGroup(MatchRequest.peers(ANA), MatchRequest.peers(ANA.toBuilder().build()))
        .addEqualityGroup(MatchRequest.answerers(Q1))
        .addEqualityGroup(MatchRequest.answerers(Q1.asker(), Q1.topics()))
        .addEqualityGroup(MatchOptions.defaults(), MatchOptions.defaults().withK(10).withoutSeed())
        .addEqualityGroup(MatchOptions.defaults().withSeed(1), MatchOptions.defaults().withSeed(1))
        .addEqualityGroup(bo, new Match(bo.candidate(), bo.score(), bo.breakdown(), bo.explanation()))
        .addEqualityGroup(new Match(bo.candidate(), bo.score(), bo.breakdown(), List.of()))
        .addEqualityGroup(MATCHES, MATCHMAKER.recommendPeers(id("ana"), MatchFixtures.winter()))
        .testEquals();
  }
}
