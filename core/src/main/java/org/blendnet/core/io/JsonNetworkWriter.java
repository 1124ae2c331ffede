package org.blendnet.core.io;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.blendnet.core.Answer;
import org.blendnet.core.Community;
import org.blendnet.core.Consent;
import org.blendnet.core.Event;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Identifier;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.Referral;
import org.blendnet.core.Section;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import tools.jackson.core.JsonGenerator;

/**
 * Writes one network as a {@code blendnet/1} document, streaming, record by record. Keys come in the
 * order of the record components; absent optionals, empty collections and a touchpoint weight of 1 are
 * left out; everything else is written. The records come in network order, and sets and maps are already
 * sorted by the model, so the same network always gives the same bytes. One use only; not thread-safe.
 */
final class JsonNetworkWriter {

  private final JsonGenerator g;
  private final char[] instantBuffer = new char[InstantText.MAX_LENGTH];

  JsonNetworkWriter(JsonGenerator generator) {
    this.g = generator;
  }

  void write(Network network) {
    g.writeStartObject();
    g.writeStringProperty("format", NetworkJson.FORMAT);
    g.writeName(Section.MEMBERS.key());
    g.writeStartArray();
    for (Member m : network.members()) {
      member(m);
    }
    g.writeEndArray();
    g.writeName(Section.EVENTS.key());
    g.writeStartArray();
    for (Event e : network.events()) {
      event(e);
    }
    g.writeEndArray();
    g.writeName(Section.COMMUNITIES.key());
    g.writeStartArray();
    for (Community c : network.communities()) {
      community(c);
    }
    g.writeEndArray();
    g.writeName(Section.TOUCHPOINTS.key());
    g.writeStartArray();
    for (Touchpoint t : network.touchpoints()) {
      touchpoint(t);
    }
    g.writeEndArray();
    g.writeName(Section.QUESTIONS.key());
    g.writeStartArray();
    for (Question q : network.questions()) {
      question(q);
    }
    g.writeEndArray();
    g.writeName(Section.ANSWERS.key());
    g.writeStartArray();
    for (Answer a : network.answers()) {
      answer(a);
    }
    g.writeEndArray();
    g.writeName(Section.REFERRALS.key());
    g.writeStartArray();
    for (Referral r : network.referrals()) {
      referral(r);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private void member(Member m) {
    g.writeStartObject();
    id("id", m.id());
    g.writeStringProperty("name", m.name());
    if (!m.affiliation().isNone()) {
      g.writeName("affiliation");
      g.writeStartArray();
      for (String segment : m.affiliation().path()) {
        g.writeString(segment);
      }
      g.writeEndArray();
    }
    if (!m.expertise().isEmpty()) {
      g.writeName("expertise");
      g.writeStartObject();
      for (Map.Entry<Topic, ExpertiseLevel> e : m.expertise().entrySet()) {
        g.writeStringProperty(e.getKey().name(), e.getValue().name());
      }
      g.writeEndObject();
    }
    topics("interests", m.interests());
    if (!m.preferredChannels().isEmpty()) {
      g.writeName("preferredChannels");
      g.writeStartArray();
      for (Enum<?> channel : m.preferredChannels()) {
        g.writeString(channel.name());
      }
      g.writeEndArray();
    }
    // ZoneOffset.UTC's id is "Z"; a region such as "UTC" or "Europe/Berlin" keeps its own id
    g.writeStringProperty("timeZone", m.timeZone().getId());
    g.writeNumberProperty("capacity", m.capacity());
    Consent consent = m.consent();
    g.writeName("consent");
    g.writeStartObject();
    g.writeBooleanProperty("contactable", consent.contactable());
    g.writeBooleanProperty("shareContactDetails", consent.shareContactDetails());
    g.writeBooleanProperty("recommendable", consent.recommendable());
    g.writeEndObject();
    if (!m.attributes().isEmpty()) {
      g.writeName("attributes");
      g.writeStartObject();
      for (Map.Entry<String, String> e : m.attributes().entrySet()) {
        g.writeStringProperty(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void event(Event e) {
    g.writeStartObject();
    id("id", e.id());
    g.writeStringProperty("title", e.title());
    g.writeStringProperty("medium", e.medium().name());
    instant("start", e.start());
    instant("end", e.end());
    if (e.place().isPresent()) {
      g.writeStringProperty("place", e.place().get());
    }
    if (e.link().isPresent()) {
      g.writeStringProperty("link", e.link().get().toString());
    }
    topics("topics", e.topics());
    ids("hosts", e.hosts());
    ids("attendees", e.attendees());
    g.writeEndObject();
  }

  private void community(Community c) {
    g.writeStartObject();
    id("id", c.id());
    g.writeStringProperty("name", c.name());
    g.writeStringProperty("kind", c.kind().name());
    topics("topics", c.topics());
    ids("members", c.members());
    g.writeEndObject();
  }

  private void touchpoint(Touchpoint t) {
    g.writeStartObject();
    id("id", t.id());
    instant("at", t.at());
    g.writeStringProperty("medium", t.medium().name());
    ids("participants", t.participants());
    optionalId("initiator", t.initiator());
    optionalId("event", t.event());
    optionalId("community", t.community());
    topics("topics", t.topics());
    if (t.weight() != 1.0) {
      g.writeName("weight");
      g.writeNumber(t.weight());
    }
    g.writeEndObject();
  }

  private void question(Question q) {
    g.writeStartObject();
    id("id", q.id());
    id("asker", q.asker());
    g.writeStringProperty("text", q.text());
    topics("topics", q.topics());
    instant("askedAt", q.askedAt());
    g.writeStringProperty("medium", q.medium().name());
    optionalId("community", q.community());
    g.writeStringProperty("status", q.status().name());
    g.writeEndObject();
  }

  private void answer(Answer a) {
    g.writeStartObject();
    id("id", a.id());
    id("question", a.question());
    id("responder", a.responder());
    instant("answeredAt", a.answeredAt());
    if (a.text().isPresent()) {
      g.writeStringProperty("text", a.text().get());
    }
    g.writeStringProperty("rating", a.rating().name());
    g.writeEndObject();
  }

  private void referral(Referral r) {
    g.writeStartObject();
    id("id", r.id());
    g.writeStringProperty("kind", r.kind().name());
    id("referrer", r.referrer());
    id("from", r.from());
    id("to", r.to());
    optionalId("onBehalfOf", r.onBehalfOf());
    optionalId("question", r.question());
    optionalId("parent", r.parent());
    instant("at", r.at());
    g.writeStringProperty("consent", r.consent().name());
    g.writeBooleanProperty("contactDetailsShared", r.contactDetailsShared());
    g.writeStringProperty("outcome", r.outcome().name());
    g.writeEndObject();
  }

  private void id(String name, Identifier id) {
    g.writeStringProperty(name, id.value());
  }

  private void optionalId(String name, Optional<? extends Identifier> id) {
    if (id.isPresent()) {
      g.writeStringProperty(name, id.get().value());
    }
  }

  private void ids(String name, Collection<? extends Identifier> ids) {
    if (!ids.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (Identifier id : ids) {
        g.writeString(id.value());
      }
      g.writeEndArray();
    }
  }

  private void topics(String name, Collection<Topic> topics) {
    if (!topics.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (Topic topic : topics) {
        g.writeString(topic.name());
      }
      g.writeEndArray();
    }
  }

  private void instant(String name, Instant instant) {
    g.writeName(name);
    g.writeString(instantBuffer, 0, InstantText.format(instant, instantBuffer));
  }
}
