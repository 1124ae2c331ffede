package org.blendnet.graph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indenting wrapper over the JDK's own {@link XMLStreamWriter} ({@link XMLOutputFactory#newDefaultFactory()},
 * never a provider found on the class path, so that the bytes do not depend on what else is installed).
 * Elements are written one per line, indented by two spaces per level. Not thread-safe.
 */
final class XmlOutput {

  private static final String[] INDENT = new String[8];

  static {
    for (int i = 0; i < INDENT.length; i++) {
      INDENT[i] = "\n" + "  ".repeat(i);
    }
  }

  private final Writer out;
  private final XMLStreamWriter xml;
  private int depth;

  /** Writes UTF-8 to {@code out} through a buffer (the JDK's writer is slow on an unbuffered stream). */
  XmlOutput(OutputStream out) throws XMLStreamException {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(this.out);
    xml.writeStartDocument("UTF-8", "1.0");
  }

  /** Opens an element on a new line; its attributes follow with {@link #attribute(String, String)}. */
  XmlOutput open(String name) throws XMLStreamException {
    newLine();
    xml.writeStartElement(name);
    depth++;
    return this;
  }

  /** Writes an element without content on a new line; its attributes follow. */
  XmlOutput empty(String name) throws XMLStreamException {
    newLine();
    xml.writeEmptyElement(name);
    return this;
  }

  /** Writes an element holding only text, on a new line. */
  XmlOutput text(String name, String key, String keyValue, String text) throws XMLStreamException {
    newLine();
    xml.writeStartElement(name);
    xml.writeAttribute(key, ExportData.xmlSafe(keyValue));
    xml.writeCharacters(ExportData.xmlSafe(text));
    xml.writeEndElement();
    return this;
  }

  /** Writes an element holding only text and no attributes, on a new line. */
  XmlOutput text(String name, String text) throws XMLStreamException {
    newLine();
    xml.writeStartElement(name);
    xml.writeCharacters(ExportData.xmlSafe(text));
    xml.writeEndElement();
    return this;
  }

  /**
   * Writes an attribute. Tabs and line breaks become spaces, as an XML parser would make them anyway
   * (attribute-value normalisation), so that the file holds no raw line break inside an attribute.
   */
  XmlOutput attribute(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, attributeText(value));
    return this;
  }

  XmlOutput attribute(String prefix, String uri, String name, String value) throws XMLStreamException {
    xml.writeAttribute(prefix, uri, name, attributeText(value));
    return this;
  }

  private static String attributeText(String value) {
    return ExportData.xmlSafe(value).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  XmlOutput namespace(String uri) throws XMLStreamException {
    xml.writeDefaultNamespace(uri);
    return this;
  }

  XmlOutput namespace(String prefix, String uri) throws XMLStreamException {
    xml.writeNamespace(prefix, uri);
    return this;
  }

  /** Closes the innermost open element on a line of its own. */
  XmlOutput close() throws XMLStreamException {
    depth--;
    newLine();
    xml.writeEndElement();
    return this;
  }

  /** Ends the document with a line break and flushes (the stream stays open). */
  void finish() throws XMLStreamException, IOException {
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
    xml.close();
    out.flush();
  }

  private void newLine() throws XMLStreamException {
    xml.writeCharacters(depth < INDENT.length ? INDENT[depth] : "\n" + "  ".repeat(depth));
  }
}
