package org.blendnet.metrics.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Reads JSON into maps (in document order), lists, strings, numbers, booleans and nulls, for the tests. */
final class Json {

  private Json() {}

  static Map<String, Object> parse(String json) {
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      @SuppressWarnings("unchecked")
      Map<String, Object> root = (Map<String, Object>) value(p);
      if (p.nextToken() != null) {
        throw new IllegalStateException("trailing content");
      }
      return root;
    }
  }

  private static Object value(JsonParser p) {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (map.put(name, value(p)) != null) {
            throw new IllegalStateException("duplicate " + name);
          }
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getString();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getNumberValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      case VALUE_NULL:
        return NULL;
      default:
        throw new IllegalStateException("unexpected " + t);
    }
  }

  /** JSON {@code null} (maps of the tests hold no Java null, so that a missing key differs from null). */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** {@code at(root, "sections", "engagement", "active_share")}. */
  @SuppressWarnings("unchecked")
  static Object at(Map<String, Object> root, String... path) {
    Object o = root;
    for (String key : path) {
      Map<String, Object> map = (Map<String, Object>) o;
      if (!map.containsKey(key)) {
        throw new AssertionError("no field " + key + " in " + map.keySet());
      }
      o = map.get(key);
    }
    return o;
  }
}
