package org.blendnet.core;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person (or a one-person business) in the network.
 *
 * <p>Create one with {@link #builder(MemberId)}:
 * <pre>{@code
 * Member ana = Member.builder(MemberId.of("ana"))
 *     .name("Ana Costa")
 *     .affiliation(Affiliation.of("Acme", "Sales"))
 *     .expertise(Topic.of("negotiation"), ExpertiseLevel.EXPERT)
 *     .interest(Topic.of("export finance"))
 *     .build();
 * }</pre>
 *
 * <p>{@link #toString()} shows the id and counts only, never the name or free-form attributes, so that
 * logs and exception messages carry no personal data. Immutable and thread-safe.
 *
 * @param id the member's identifier
 * @param name display name (not blank)
 * @param affiliation organisation / unit / team, {@link Affiliation#none()} if unknown
 * @param expertise topics the member knows, with a level; in topic order
 * @param interests topics the member wants to learn; in topic order
 * @param preferredChannels the channels the member prefers to be met on (empty: no preference)
 * @param timeZone the member's time zone
 * @param capacity how many matches per period the member accepts (0: none)
 * @param consent what the member has agreed to
 * @param attributes free-form attributes (role, language, …), in key order; keys not blank
 * @since 0.1
 */
public record Member(
    MemberId id,
    String name,
    Affiliation affiliation,
    Map<Topic, ExpertiseLevel> expertise,
    Set<Topic> interests,
    Set<Channel> preferredChannels,
    ZoneId timeZone,
    int capacity,
    Consent consent,
    Map<String, String> attributes) {

  /** The capacity a member has unless told otherwise: three matches per period. */
  public static final int DEFAULT_CAPACITY = 3;

  /**
   * Creates a member.
   *
   * @throws IllegalArgumentException if the name is blank, the capacity negative, or an attribute key blank
   */
  public Member {
    Checks.notNull(id, "id");
    Checks.notBlank(name, "name");
    Checks.notNull(affiliation, "affiliation");
    expertise = SortedArrayMap.copyOf(expertise, "expertise");
    interests = SortedArraySet.copyOf(interests, "interests");
    preferredChannels = SortedArraySet.copyOf(preferredChannels, "preferredChannels");
    Checks.notNull(timeZone, "timeZone");
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0 but was " + capacity);
    }
    Checks.notNull(consent, "consent");
    attributes = SortedArrayMap.copyOf(attributes, "attributes");
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      Checks.notBlank(e.getKey(), "attribute key");
      Checks.wellFormed(e.getValue(), "attribute '" + e.getKey() + "'");
    }
  }

  /** A member with just an id and a name; everything else at its default. */
  public static Member of(MemberId id, String name) {
    return builder(id).name(name).build();
  }

  /** A builder for a member; the name defaults to the id's value. */
  public static Builder builder(MemberId id) {
    return new Builder(id);
  }

  /** A builder holding this member's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.name = name;
    b.affiliation = affiliation;
    b.expertise.putAll(expertise);
    b.interests.addAll(interests);
    b.preferredChannels.addAll(preferredChannels);
    b.timeZone = timeZone;
    b.capacity = capacity;
    b.consent = consent;
    b.attributes.putAll(attributes);
    return b;
  }

  /** The member's level in {@code topic}, if they hold it. */
  public Optional<ExpertiseLevel> expertiseIn(Topic topic) {
    return Optional.ofNullable(expertise.get(Checks.notNull(topic, "topic")));
  }

  /** Shows the id and counts, never personal fields. */
  @Override
  public String toString() {
    return "Member[id=" + id + ", expertise=" + expertise.size() + ", interests=" + interests.size()
        + ", capacity=" + capacity + "]";
  }

  /**
   * Collects a member's values. Not thread-safe; {@link #build()} checks everything and may be called
   * more than once.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final MemberId id;
    private String name;
    private Affiliation affiliation = Affiliation.none();
    private final Map<Topic, ExpertiseLevel> expertise = new LinkedHashMap<>();
    private final Set<Topic> interests = new LinkedHashSet<>();
    private final Set<Channel> preferredChannels = new LinkedHashSet<>();
    private ZoneId timeZone = ZoneOffset.UTC;
    private int capacity = DEFAULT_CAPACITY;
    private Consent consent = Consent.defaults();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder(MemberId id) {
      this.id = Checks.notNull(id, "id");
      this.name = id.value();
    }

    /** Sets the display name. */
    public Builder name(String name) {
      this.name = Checks.notNull(name, "name");
      return this;
    }

    /** Sets the affiliation. */
    public Builder affiliation(Affiliation affiliation) {
      this.affiliation = Checks.notNull(affiliation, "affiliation");
      return this;
    }

    /** Adds (or replaces) expertise in a topic. */
    public Builder expertise(Topic topic, ExpertiseLevel level) {
      expertise.put(Checks.notNull(topic, "topic"), Checks.notNull(level, "level"));
      return this;
    }

    /** Adds (or replaces) expertise in several topics. */
    public Builder expertise(Map<Topic, ExpertiseLevel> levels) {
      Checks.notNull(levels, "expertise").forEach(this::expertise);
      return this;
    }

    /** Adds a topic the member wants to learn. */
    public Builder interest(Topic topic) {
      interests.add(Checks.notNull(topic, "topic"));
      return this;
    }

    /** Adds topics the member wants to learn. */
    public Builder interests(Collection<Topic> topics) {
      Checks.notNull(topics, "interests").forEach(this::interest);
      return this;
    }

    /** Adds a preferred channel. */
    public Builder prefers(Channel channel) {
      preferredChannels.add(Checks.notNull(channel, "channel"));
      return this;
    }

    /** Sets the time zone. */
    public Builder timeZone(ZoneId zone) {
      this.timeZone = Checks.notNull(zone, "timeZone");
      return this;
    }

    /** Sets the capacity (matches per period). */
    public Builder capacity(int capacity) {
      this.capacity = capacity;
      return this;
    }

    /** Sets the consent. */
    public Builder consent(Consent consent) {
      this.consent = Checks.notNull(consent, "consent");
      return this;
    }

    /** Sets a free-form attribute. */
    public Builder attribute(String key, String value) {
      attributes.put(Checks.notNull(key, "key"), Checks.notNull(value, "value"));
      return this;
    }

    /**
     * Builds the member.
     *
     * @throws IllegalArgumentException as the {@link Member} constructor does
     */
    public Member build() {
      return new Member(id, name, affiliation, expertise, interests, preferredChannels, timeZone, capacity,
          consent, attributes);
    }
  }
}
