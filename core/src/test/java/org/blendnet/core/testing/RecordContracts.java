package org.blendnet.core.testing;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The value contracts of public records, checked reflectively so that a record added later is covered
 * without writing a test for it: equality over every component (Guava's {@link EqualsTester}, with one
 * equality group per component changed), null-hostility of every public constructor and method (Guava's
 * {@link NullPointerTester}) and a {@code toString()} that works.
 *
 * <p>Instances are built through the canonical constructor from two sample values of each component
 * type: built-in ones for JDK types, enums, ids with a static {@code of(String)} factory and nested
 * records, and those {@linkplain #sample registered} by the test for the rest. A record that cannot be
 * built from samples is reported as a problem, so a new type cannot slip through unchecked.
 *
 * <p>Not thread-safe: a tester is used by one test.
 */
public final class RecordContracts {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private final Map<Class<?>, List<Object>> samples = new LinkedHashMap<>();

  /** Registers two different valid values of {@code type}, used for components of that type. */
  public <T> RecordContracts sample(Class<T> type, T first, T second) {
    samples.put(type, List.of(first, second));
    return this;
  }

  /**
   * Every public record (top-level or nested in a public class) compiled into the same classes
   * directory or jar as {@code anchor}, in package {@code anchor.getPackageName()} or below, sorted by name.
   */
  public static List<Class<?>> publicRecords(Class<?> anchor) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("classes of " + anchor + " are not in a directory: " + root);
    }
    Path start = root.resolve(anchor.getPackageName().replace('.', '/'));
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.walk(start)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String relative = root.relativize(file).toString();
        String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.')
            .replace('\\', '.');
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, anchor.getClassLoader());
        if (c.isRecord() && isVisible(c)) {
          records.add(c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return records;
  }

  private static boolean isVisible(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks the contracts of each record; returns what failed, one line per record and contract (empty
   * when all hold).
   */
  public List<String> check(List<Class<?>> records) {
    List<String> problems = new ArrayList<>();
    for (Class<?> record : records) {
      check(record, problems);
    }
    return problems;
  }

  private void check(Class<?> record, List<String> problems) {
    String name = record.getName();
    RecordComponent[] components = record.getRecordComponents();
    Constructor<?> canonical;
    try {
      canonical = record.getDeclaredConstructor(
          Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      problems.add(name + ": no canonical constructor");
      return;
    }
    if (!Modifier.isPublic(canonical.getModifiers())) {
      problems.add(name + ": canonical constructor is not public; register samples of it instead");
      return;
    }
    Object[][] args = new Object[2][];
    Object base = null;
    int baseWhich = -1;
    List<Object> own = samples.get(record);
    if (own != null) {
      // the record's own registered samples: the first is the base, the second gives the other values
      for (int which = 0; which < 2; which++) {
        args[which] = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
          try {
            args[which][i] = components[i].getAccessor().invoke(own.get(which));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      base = own.get(0);
      baseWhich = 0;
    }
    for (int which = 0; which < 2 && base == null; which++) {
      try {
        args[which] = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
          args[which][i] = sampleOf(components[i].getGenericType(), which);
        }
        base = canonical.newInstance(args[which]);
        baseWhich = which;
      } catch (NoSample e) {
        problems.add(name + ": no sample value of " + e.getMessage() + "; register one");
        return;
      } catch (ReflectiveOperationException e) {
        // try the other set of samples
      }
    }
    if (base == null) {
      problems.add(name + ": the canonical constructor rejects both sample sets; register samples of it");
      return;
    }
    Object[] baseArgs = args[baseWhich];
    EqualsTester equality = new EqualsTester();
    try {
      equality.addEqualityGroup(base, canonical.newInstance(baseArgs));
    } catch (ReflectiveOperationException e) {
      problems.add(name + ": the same arguments were accepted once and rejected once: " + e);
      return;
    }
    int variations = 0;
    for (int i = 0; i < components.length; i++) {
      Object[] changed = baseArgs.clone();
      try {
        changed[i] = own != null ? args[1][i] : sampleOf(components[i].getGenericType(), 1 - baseWhich);
      } catch (NoSample e) {
        continue;
      }
      if (changed[i].equals(baseArgs[i])) {
        continue;
      }
      try {
        equality.addEqualityGroup(canonical.newInstance(changed));
        variations++;
      } catch (ReflectiveOperationException e) {
        // the other value breaks an invariant together with the others: no group for this component
      }
    }
    if (own != null && variations == 0 && !own.get(1).equals(own.get(0))) {
      // components that constrain each other may only change together: the second sample is its own group
      equality.addEqualityGroup(own.get(1));
      variations++;
    }
    try {
      equality.testEquals();
    } catch (AssertionError e) {
      problems.add(name + ": equals/hashCode: " + e.getMessage());
    }
    if (components.length > 0 && variations == 0) {
      problems.add(name + ": no component could be varied; register samples of it");
    }
    NullPointerTester nulls = new NullPointerTester();
    nulls.setDefault(String.class, "a");
    nulls.setDefault(int.class, 1);
    nulls.setDefault(long.class, 1L);
    nulls.setDefault(double.class, 0.5);
    nulls.setDefault(float.class, 0.5f);
    // a valid default for every parameter type we can make a sample of
    List<java.lang.reflect.Executable> executables = new ArrayList<>(List.of(record.getConstructors()));
    executables.addAll(List.of(record.getMethods()));
    for (java.lang.reflect.Executable executable : executables) {
      for (Type parameter : executable.getGenericParameterTypes()) {
        try {
          Class<?> raw = raw(parameter);
          if (!raw.isPrimitive() && raw != String.class && raw != Object.class) {
            setDefault(nulls, raw, sampleOf(parameter, 0));
          }
        } catch (NoSample e) {
          // NullPointerTester reports it if it needs one
        }
      }
    }
    samples.forEach((type, values) -> setDefault(nulls, type, values.get(0)));
    try {
      nulls.testAllPublicConstructors(record);
      nulls.testAllPublicStaticMethods(record);
      nulls.testAllPublicInstanceMethods(base);
    } catch (AssertionError | RuntimeException e) {
      problems.add(name + ": null-hostility: " + e);
    }
    checkUnmodifiable(record, components, canonical, baseArgs, problems);
    try {
      if (base.toString().isBlank()) {
        problems.add(name + ": blank toString()");
      }
    } catch (RuntimeException e) {
      problems.add(name + ": toString() threw " + e);
    }
  }

  /**
   * Immutability: no component is an array, and every collection component comes back unmodifiable
   * (when non-empty, the sample with the most elements is used).
   */
  private void checkUnmodifiable(Class<?> record, RecordComponent[] components, Constructor<?> canonical,
      Object[] baseArgs, List<String> problems) {
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      Class<?> type = component.getType();
      if (type.isArray()) {
        problems.add(record.getName() + "." + component.getName() + ": an array component is mutable");
        continue;
      }
      if (!Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)) {
        continue;
      }
      Object[] args = baseArgs.clone();
      Object value;
      try {
        args[i] = mutableCopy(sampleOf(component.getGenericType(), 1));
        value = component.getAccessor().invoke(canonical.newInstance(args));
      } catch (NoSample | ReflectiveOperationException e) {
        try {
          value = component.getAccessor().invoke(canonical.newInstance(baseArgs));
        } catch (ReflectiveOperationException e2) {
          continue;
        }
      }
      if (isModifiable(value)) {
        problems.add(record.getName() + "." + component.getName() + ": the collection can be modified");
      }
    }
  }

  /** A modifiable copy of a collection sample, so that a record that keeps its argument is caught. */
  private static Object mutableCopy(Object sample) {
    if (sample instanceof SortedSet<?> set) {
      return new TreeSet<>(set);
    }
    if (sample instanceof Set<?> set) {
      return new java.util.LinkedHashSet<>(set);
    }
    if (sample instanceof Collection<?> c) {
      return new ArrayList<>(c);
    }
    if (sample instanceof SortedMap<?, ?> map) {
      return new TreeMap<>(map);
    }
    if (sample instanceof Map<?, ?> map) {
      return new LinkedHashMap<>(map);
    }
    return sample;
  }

  @SuppressWarnings("unchecked")
  private static boolean isModifiable(Object value) {
    try {
      if (value instanceof Collection<?> c) {
        if (c.isEmpty()) {
          ((Collection<Object>) c).add(new Object());
        } else {
          c.clear();
        }
        return true;
      }
      if (value instanceof Map<?, ?> m) {
        if (m.isEmpty()) {
          ((Map<Object, Object>) m).put(new Object(), new Object());
        } else {
          m.clear();
        }
        return true;
      }
    } catch (UnsupportedOperationException | ClassCastException | IllegalArgumentException e) {
      return false;
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  /** A sample value: {@code which} is 0 or 1, and the two differ where the type allows. */
  private Object sampleOf(Type type, int which) {
    Class<?> raw = raw(type);
    List<Object> registered = samples.get(raw);
    if (registered != null) {
      return registered.get(which);
    }
    if (raw == int.class || raw == Integer.class) {
      return which + 1;
    }
    if (raw == long.class || raw == Long.class) {
      return which + 1L;
    }
    if (raw == double.class || raw == Double.class) {
      return which == 0 ? 0.5 : 0.25;
    }
    if (raw == float.class || raw == Float.class) {
      return which == 0 ? 0.5f : 0.25f;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return which == 1;
    }
    if (raw == String.class) {
      return which == 0 ? "a" : "b";
    }
    if (raw == Instant.class) {
      return T0.plusSeconds(60L * which);
    }
    if (raw == org.blendnet.core.TimeWindow.class) {
      return which == 0 ? org.blendnet.core.TimeWindow.of(T0, T0.plusSeconds(60))
          : org.blendnet.core.TimeWindow.of(T0.minusSeconds(60), T0.plusSeconds(120));
    }
    if (raw == org.blendnet.core.Network.class) {
      return which == 0 ? org.blendnet.core.Network.empty() : org.blendnet.core.Network.builder()
          .member(org.blendnet.core.Member.of(org.blendnet.core.MemberId.of("a"), "A")).build();
    }
    if (raw == org.blendnet.core.Identifier.class) {
      return which == 0 ? org.blendnet.core.MemberId.of("a") : org.blendnet.core.EventId.of("b");
    }
    if (raw == java.time.ZoneId.class) {
      return which == 0 ? java.time.ZoneOffset.UTC : java.time.ZoneId.of("Europe/Copenhagen");
    }
    if (raw == java.util.OptionalInt.class) {
      return which == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(1);
    }
    if (raw == java.util.OptionalLong.class) {
      return which == 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(1L);
    }
    if (raw == java.util.OptionalDouble.class) {
      return which == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(0.5);
    }
    if (raw == java.util.function.Predicate.class) {
      java.util.function.Predicate<Object> all = x -> true;
      java.util.function.Predicate<Object> none = x -> false;
      return which == 0 ? all : none;
    }
    if (raw == Duration.class) {
      return Duration.ofMinutes(1L + which);
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[which % constants.length];
    }
    if (raw == Optional.class) {
      return which == 0 ? Optional.empty() : Optional.of(sampleOf(argument(type, 0), 0));
    }
    if (raw == List.class || raw == Collection.class) {
      return which == 0 ? List.of() : List.of(sampleOf(argument(type, 0), 0));
    }
    if (raw == Set.class || raw == SortedSet.class) {
      return which == 0 ? (raw == Set.class ? Set.of() : new TreeSet<>())
          : (raw == Set.class ? Set.of(sampleOf(argument(type, 0), 0))
              : new TreeSet<>(List.of(sampleOf(argument(type, 0), 0))));
    }
    if (raw == Map.class || raw == SortedMap.class) {
      if (which == 0) {
        return raw == Map.class ? Map.of() : new TreeMap<>();
      }
      Object key = sampleOf(argument(type, 0), 0);
      Object value = sampleOf(argument(type, 1), 0);
      return raw == Map.class ? Map.of(key, value) : new TreeMap<>(Map.of(key, value));
    }
    if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        args[i] = sampleOf(components[i].getGenericType(), which);
      }
      try {
        Constructor<?> c = raw.getDeclaredConstructor(
            Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return c.newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw new NoSample(raw.getName() + " (its canonical constructor rejected the samples)");
      }
    }
    try {
      Method of = raw.getMethod("of", String.class);
      if (Modifier.isStatic(of.getModifiers()) && raw.isAssignableFrom(of.getReturnType())) {
        return of.invoke(null, which == 0 ? "a" : "b");
      }
    } catch (ReflectiveOperationException e) {
      // no such factory
    }
    throw new NoSample(type.getTypeName());
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new NoSample(type.getTypeName());
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      Type argument = p.getActualTypeArguments()[index];
      if (argument instanceof java.lang.reflect.WildcardType w) {
        return w.getUpperBounds()[0];
      }
      return argument;
    }
    throw new NoSample(type.getTypeName() + " (raw)");
  }

  /** No sample value of a type can be made. */
  private static final class NoSample extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoSample(String type) {
      super(type, null, false, false);
    }
  }
}
