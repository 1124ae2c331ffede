package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.blendnet.core.Fixtures.T0;
import static org.blendnet.core.Fixtures.m;
import static org.blendnet.core.Fixtures.member;
import static org.blendnet.core.Fixtures.t;
import static org.blendnet.core.Fixtures.topic;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The contracts every public type keeps: value equality ({@link EqualsTester}), and null-hostility
 * ({@link NullPointerTester}, plus a check that each {@link NullPointerException} names what was null).
 */
class ContractTest {

  /** An instance of every public class of {@code org.blendnet.core} whose instance methods are checked. */
  private static Map<Class<?>, Object> instances() {
    Map<Class<?>, Object> map = new LinkedHashMap<>();
    map.put(Affiliation.class, Affiliation.of("Acme", "Sales"));
    map.put(Answer.class, NetworkTest.A1);
    map.put(AnswerId.class, AnswerId.of("a1"));
    map.put(BlendnetException.class, new BlendnetException("bad"));
    map.put(Channel.class, Channel.ONLINE);
    map.put(Community.class, NetworkTest.C1);
    map.put(CommunityId.class, CommunityId.of("c1"));
    map.put(CommunityKind.class, CommunityKind.OTHER);
    map.put(Consent.class, Consent.defaults());
    map.put(ConsentState.class, ConsentState.GRANTED);
    map.put(Event.class, NetworkTest.E1);
    map.put(Event.Builder.class, Event.builder(EventId.of("e9")));
    map.put(EventId.class, EventId.of("e1"));
    map.put(ExpertiseLevel.class, ExpertiseLevel.EXPERT);
    map.put(Helpfulness.class, Helpfulness.HELPFUL);
    map.put(Medium.class, Medium.CHAT);
    map.put(Member.class, NetworkTest.ANA);
    map.put(Member.Builder.class, Member.builder(m("zoe")));
    map.put(MemberId.class, m("ana"));
    map.put(Network.class, NetworkTest.network());
    map.put(Network.Builder.class, Network.builder());
    map.put(NetworkStore.class, NetworkStore.of(NetworkTest.network()));
    map.put(NetworkStore.Batch.class, NetworkStore.batch());
    map.put(NetworkValidationException.class, new NetworkValidationException(List.of(violation())));
    map.put(Question.class, NetworkTest.Q1);
    map.put(QuestionId.class, QuestionId.of("q1"));
    map.put(QuestionStatus.class, QuestionStatus.OPEN);
    map.put(Referral.class, NetworkTest.R2);
    map.put(ReferralId.class, ReferralId.of("r1"));
    map.put(ReferralKind.class, ReferralKind.INTRODUCTION);
    map.put(ReferralOutcome.class, ReferralOutcome.PENDING);
    map.put(Rule.class, Rule.DUPLICATE_ID);
    map.put(Section.class, Section.MEMBERS);
    map.put(Topic.class, topic("x"));
    map.put(Touchpoint.class, NetworkTest.T2);
    map.put(Touchpoint.Builder.class, Touchpoint.builder(TouchpointId.of("t9")));
    map.put(TouchpointId.class, TouchpointId.of("t1"));
    map.put(TimeWindow.class, TimeWindow.of(T0, T0.plusSeconds(60)));
    map.put(Violation.class, violation());
    return map;
  }

  private static Violation violation() {
    return new Violation(Rule.UNKNOWN_MEMBER, Section.TOUCHPOINTS, 0, TouchpointId.of("t1"), "participants/1",
        "no member 'zed'");
  }

  /** Values passed for the parameters not under test: valid, and known to the network of {@link #instances()}. */
  private static final Map<Class<?>, Object> DEFAULTS = Map.ofEntries(
      Map.entry(String.class, "x"),
      Map.entry(MemberId.class, m("ana")),
      Map.entry(EventId.class, EventId.of("e1")),
      Map.entry(CommunityId.class, CommunityId.of("c1")),
      Map.entry(TouchpointId.class, TouchpointId.of("t1")),
      Map.entry(QuestionId.class, QuestionId.of("q1")),
      Map.entry(AnswerId.class, AnswerId.of("a1")),
      Map.entry(ReferralId.class, ReferralId.of("r1")),
      Map.entry(Identifier.class, m("ana")),
      Map.entry(Topic.class, topic("x")),
      Map.entry(Affiliation.class, Affiliation.of("Acme")),
      Map.entry(Instant.class, T0),
      Map.entry(java.time.Duration.class, java.time.Duration.ofMinutes(1)),
      Map.entry(ZoneId.class, ZoneOffset.UTC),
      Map.entry(URI.class, URI.create("urn:blendnet:x")),
      Map.entry(Consent.class, Consent.defaults()),
      Map.entry(Member.class, member("zoe")),
      Map.entry(Event.class, NetworkTest.E2),
      Map.entry(Community.class, NetworkTest.C2),
      Map.entry(Touchpoint.class, NetworkTest.T3),
      Map.entry(Question.class, NetworkTest.Q2),
      Map.entry(Answer.class, NetworkTest.A3),
      Map.entry(Referral.class, NetworkTest.R4),
      Map.entry(Network.class, Network.empty()),
      Map.entry(Violation.class, violation()),
      Map.entry(TimeWindow.class, TimeWindow.of(T0, T0.plusSeconds(60))),
      Map.entry(Throwable.class, new IllegalStateException("cause")));

  private static Object defaultFor(Class<?> type) {
    if (DEFAULTS.containsKey(type)) {
      return DEFAULTS.get(type);
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == List.class || type == Collection.class) {
      return List.of();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == String[].class) {
      return new String[0];
    }
    if (type == int.class) {
      return 0;
    }
    if (type == double.class) {
      return 1.0;
    }
    if (type == boolean.class) {
      return false;
    }
    throw new IllegalStateException("no default for " + type);
  }

  /** Every public class (top-level or nested) of the package, found in the compiled classes. */
  private static List<Class<?>> publicClasses() throws ClassNotFoundException, URISyntaxException {
    File dir = new File(Network.class.getResource("Network.class").toURI()).getParentFile();
    List<Class<?>> classes = new ArrayList<>();
    for (String file : new TreeSet<>(Arrays.asList(dir.list((d, name) -> name.endsWith(".class"))))) {
      Class<?> c = Class.forName("org.blendnet.core." + file.substring(0, file.length() - ".class".length()));
      if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass() && !c.isInterface()) {
        classes.add(c);
      }
    }
    return classes;
  }

  @Test
  void should_cover_every_public_class() throws Exception {
    assertThat(publicClasses()).containsExactlyInAnyOrderElementsOf(instances().keySet());
  }

  @Test
  void should_throw_null_pointer_exceptions_for_null_arguments() throws Exception {
    NullPointerTester tester = new NullPointerTester();
    DEFAULTS.forEach((type, value) -> setDefault(tester, type, value));
    for (Map.Entry<Class<?>, Object> e : instances().entrySet()) {
      Class<?> type = e.getKey();
      if (!Throwable.class.isAssignableFrom(type) || type == NetworkValidationException.class) {
        // exceptions follow Throwable in accepting a null message and cause; ours that cannot are checked
        tester.testAllPublicConstructors(type);
      }
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicInstanceMethods(e.getValue());
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  /**
   * Stronger than {@link NullPointerTester}: every null argument of every public constructor and method
   * gets a {@link NullPointerException} with a message (never a bare one from deep inside), and a record
   * constructor's message names the component.
   */
  @Test
  void should_name_what_was_null() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Class<?>, Object> e : instances().entrySet()) {
      Class<?> type = e.getKey();
      if (Throwable.class.isAssignableFrom(type) && type != NetworkValidationException.class) {
        continue;
      }
      for (Constructor<?> c : type.getConstructors()) {
        List<String> names = type.isRecord()
            ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList() : null;
        check(c, null, names, problems);
      }
      for (Method method : type.getMethods()) {
        if (method.getDeclaringClass() != type || method.isSynthetic() || method.getName().equals("equals")
            || method.getName().equals("compareTo") || method.getName().equals("valueOf") && type.isEnum()) {
          continue;
        }
        check(method, Modifier.isStatic(method.getModifiers()) ? null : e.getValue(), null, problems);
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void check(Executable executable, Object receiver, List<String> componentNames,
      List<String> problems) {
    Parameter[] parameters = executable.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive()) {
        continue;
      }
      Object[] args = new Object[parameters.length];
      for (int j = 0; j < args.length; j++) {
        args[j] = j == i ? null : defaultFor(parameters[j].getType());
      }
      String where = executable.getDeclaringClass().getSimpleName() + "." + executable.getName() + " parameter "
          + parameters[i].getName();
      Throwable thrown = invoke(executable, receiver, args);
      if (!(thrown instanceof NullPointerException)) {
        problems.add(where + ": expected a NullPointerException but got " + thrown);
      } else if (thrown.getMessage() == null || thrown.getMessage().isBlank()) {
        problems.add(where + ": NullPointerException without a message");
      } else if (componentNames != null && !thrown.getMessage().contains(componentNames.get(i))) {
        problems.add(where + ": message '" + thrown.getMessage() + "' does not name " + componentNames.get(i));
      }
    }
  }

  private static Throwable invoke(Executable executable, Object receiver, Object[] args) {
    try {
      if (executable instanceof Constructor<?> c) {
        c.newInstance(args);
      } else {
        ((Method) executable).invoke(receiver, args);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (ReflectiveOperationException e) {
      return fail("cannot call " + executable, e);
    }
  }

  // ---- equality ------------------------------------------------------------------------------------

  @Test
  void should_compare_identifiers_by_type_and_value() {
    new EqualsTester()
        .addEqualityGroup(MemberId.of("a"), MemberId.of("a"), new MemberId("a"))
        .addEqualityGroup(MemberId.of("A"))
        .addEqualityGroup(EventId.of("a"), EventId.of("a"))
        .addEqualityGroup(CommunityId.of("a"), CommunityId.of("a"))
        .addEqualityGroup(TouchpointId.of("a"), TouchpointId.of("a"))
        .addEqualityGroup(QuestionId.of("a"), QuestionId.of("a"))
        .addEqualityGroup(AnswerId.of("a"), AnswerId.of("a"))
        .addEqualityGroup(ReferralId.of("a"), ReferralId.of("a"))
        .addEqualityGroup("a")
        .testEquals();
  }

  @Test
  void should_compare_small_values_by_content() {
    new EqualsTester()
        .addEqualityGroup(Topic.of("Export  Finance"), Topic.of("export finance"), new Topic(" EXPORT FINANCE "))
        .addEqualityGroup(Topic.of("export"))
        .addEqualityGroup(Affiliation.of("Acme", "Sales"), new Affiliation(List.of("Acme", "Sales")),
            Affiliation.of("Acme", "Sales", "EMEA").truncate(2))
        .addEqualityGroup(Affiliation.of("Acme"))
        .addEqualityGroup(Affiliation.none(), new Affiliation(List.of()))
        .addEqualityGroup(Consent.defaults(), new Consent(true, false, true))
        .addEqualityGroup(Consent.all(), Consent.defaults().withShareContactDetails(true))
        .addEqualityGroup(Consent.none())
        .addEqualityGroup(TimeWindow.of(T0, T0.plusSeconds(60)), new TimeWindow(T0, T0.plusSeconds(60)))
        .addEqualityGroup(TimeWindow.of(T0, T0.plusSeconds(61)))
        .addEqualityGroup(violation(), violation())
        .addEqualityGroup(new Violation(Rule.UNKNOWN_MEMBER, Section.TOUCHPOINTS, 1, TouchpointId.of("t1"),
            "participants/1", "no member 'zed'"))
        .testEquals();
  }

  @Test
  void should_compare_records_by_every_field() {
    Member ana = NetworkTest.ANA;
    Touchpoint t2 = NetworkTest.T2;
    new EqualsTester()
        .addEqualityGroup(ana, ana.toBuilder().build(), ana.toBuilder().interest(topic("Export Finance")).build())
        .addEqualityGroup(ana.toBuilder().name("Ana C.").build())
        .addEqualityGroup(ana.toBuilder().capacity(0).build())
        .addEqualityGroup(ana.toBuilder().consent(Consent.none()).build())
        .addEqualityGroup(ana.toBuilder().attribute("role", "lead").build())
        .addEqualityGroup(t2, Touchpoint.builder(t2.id()).at(t2.at()).medium(t2.medium())
            .participants(t2.participants()).build())
        .addEqualityGroup(Touchpoint.builder(t2.id()).at(t2.at()).medium(t2.medium())
            .participants(List.of(m("cy"), m("bo"), m("ana"))).build())
        .addEqualityGroup(Touchpoint.builder(t2.id()).at(t2.at()).medium(t2.medium())
            .participants(t2.participants()).weight(2).build())
        .addEqualityGroup(Touchpoint.builder(t2.id()).at(t2.at()).medium(t2.medium())
            .participants(t2.participants()).initiatedBy(m("cy")).build())
        .addEqualityGroup(NetworkTest.E1, Event.builder(EventId.of("e1")).title("Kent camp").time(t(-60), t(600))
            .attendee(m("bo")).attendee(m("ana")).host(m("dee")).build())
        .addEqualityGroup(Event.builder(EventId.of("e1")).title("Kent camp").time(t(-60), t(600))
            .attendee(m("bo")).host(m("dee")).build())
        .addEqualityGroup(NetworkTest.C1, NetworkTest.C1.without(m("zed")))
        .addEqualityGroup(NetworkTest.C1.without(m("cy")))
        .addEqualityGroup(NetworkTest.Q1, NetworkTest.Q1.withStatus(QuestionStatus.OPEN))
        .addEqualityGroup(NetworkTest.Q1.withStatus(QuestionStatus.ANSWERED))
        .addEqualityGroup(NetworkTest.A1, Answer.of(AnswerId.of("a1"), QuestionId.of("q1"), m("bo"), t(60)))
        .addEqualityGroup(new Answer(AnswerId.of("a1"), QuestionId.of("q1"), m("bo"), t(60), Optional.of("yes"),
            Helpfulness.UNRATED))
        .addEqualityGroup(NetworkTest.R2, NetworkTest.R2.withoutParent().withParent(ReferralId.of("r1")))
        .addEqualityGroup(NetworkTest.R2.withoutParent())
        .addEqualityGroup(NetworkTest.R2.resolved(ConsentState.GRANTED, false, ReferralOutcome.PENDING))
        .testEquals();
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  @Test
  void should_compare_networks_by_their_records_whatever_the_order() {
    Network n = NetworkTest.network();
    Network shuffled = Network.builder()
        .referrals(reversed(n.referrals())).answers(reversed(n.answers())).questions(reversed(n.questions()))
        .touchpoints(reversed(n.touchpoints())).communities(reversed(n.communities())).events(reversed(n.events()))
        .members(reversed(n.members())).build();
    new EqualsTester()
        .addEqualityGroup(n, NetworkTest.network(), n.toBuilder().build(), shuffled)
        .addEqualityGroup(n.erase(m("eve")))
        .addEqualityGroup(n.toBuilder().member(member("fay")).build())
        .addEqualityGroup(Network.empty(), Network.builder().build(), Network.empty().toBuilder().build())
        .testEquals();
  }
}
