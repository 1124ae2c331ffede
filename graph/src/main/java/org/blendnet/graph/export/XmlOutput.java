package org.blendnet.graph.export;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indenting wrapper over the JDK's own {@link XMLStreamWriter} ({@link XMLOutputFactory#newDefaultFactory()},
 * never a provider found on the class path, so that the bytes do not depend on what else is installed).
 * Elements are written one per line, indented by two spaces per level. Not thread-safe.
 */
final class XmlOutput {

  private final XMLStreamWriter xml;
  private int depth;

  XmlOutput(OutputStream out) throws XMLStreamException {
    this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
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

  XmlOutput attribute(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, ExportData.xmlSafe(value));
    return this;
  }

  XmlOutput attribute(String prefix, String uri, String name, String value) throws XMLStreamException {
    xml.writeAttribute(prefix, uri, name, ExportData.xmlSafe(value));
    return this;
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
  void finish() throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  private void newLine() throws XMLStreamException {
    StringBuilder s = new StringBuilder(1 + 2 * depth).append('\n');
    for (int i = 0; i < depth; i++) {
      s.append("  ");
    }
    xml.writeCharacters(s.toString());
  }
}
