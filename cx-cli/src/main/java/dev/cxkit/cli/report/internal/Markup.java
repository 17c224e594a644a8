package dev.cxkit.cli.report.internal;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * Writes well-formed XHTML (with inline SVG) through the JDK's {@link XMLStreamWriter}, which
 * escapes all text and attribute values. Adds what the JDK writer lacks for a page: it replaces
 * characters XML forbids (control characters, lone surrogates) with U+FFFD, and tracks open
 * elements so that non-void HTML elements are never written self-closing. Not thread-safe.
 */
public final class Markup {

    /** The XHTML namespace. */
    public static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** The SVG namespace. */
    public static final String SVG = "http://www.w3.org/2000/svg";

    /** HTML void elements and SVG shapes: the only elements an HTML parser reads as closed when written {@code <x/>}. */
    private static final Set<String> SELF_CLOSING = Set.of("meta", "br", "hr", "rect", "line", "circle", "path", "polyline",
            "polygon");

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    private final Deque<String> open = new ArrayDeque<>();

    private Markup() {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The JDK's XML writer cannot be created.", e);
        }
    }

    /**
     * Starts an XHTML document: the HTML5 doctype and the {@code html} element in the XHTML namespace.
     *
     * @param lang the page language, for example {@code en}
     * @return the writer, inside {@code html}
     */
    public static Markup xhtmlDocument(String lang) {
        Markup markup = new Markup();
        try {
            markup.xml.writeDTD("<!DOCTYPE html>");
            markup.xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        markup.open("html", "lang", lang);
        markup.call(() -> markup.xml.writeDefaultNamespace(XHTML));
        return markup.newline();
    }

    /**
     * Opens an element.
     *
     * @param name the element name
     * @param attributes name, value, name, value …
     * @return this writer
     * @throws IllegalArgumentException if the attributes do not come in pairs
     */
    public Markup open(String name, String... attributes) {
        call(() -> xml.writeStartElement(name));
        open.push(name);
        return attributes(attributes);
    }

    /**
     * Opens an {@code svg} element in the SVG namespace; its children are SVG elements.
     *
     * @param attributes name, value, name, value …
     * @return this writer
     */
    public Markup openSvg(String... attributes) {
        open("svg");
        call(() -> xml.writeDefaultNamespace(SVG));
        return attributes(attributes);
    }

    /**
     * Closes the innermost open element.
     *
     * @return this writer
     * @throws IllegalStateException if no element is open
     */
    public Markup close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("There is no open element to close.");
        }
        open.pop();
        call(xml::writeEndElement);
        return this;
    }

    /**
     * Writes an element holding only text.
     *
     * @param name the element name
     * @param text the text, escaped
     * @param attributes name, value, name, value …
     * @return this writer
     */
    public Markup element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close();
    }

    /**
     * Writes an element without content as {@code <name …/>}: only for HTML void elements
     * ({@code meta}, {@code br}) and SVG shapes, which browsers read as closed.
     *
     * @param name the element name
     * @param attributes name, value, name, value …
     * @return this writer
     * @throws IllegalArgumentException if {@code name} is not a void HTML element or an SVG shape
     */
    public Markup empty(String name, String... attributes) {
        if (!SELF_CLOSING.contains(name)) {
            throw new IllegalArgumentException("The element (" + name + ") must not be written self-closing: an HTML "
                    + "parser would leave it open.\nMaybe use open(…) and close()?");
        }
        call(() -> xml.writeEmptyElement(name));
        return attributes(attributes);
    }

    /**
     * Writes escaped text.
     *
     * @param text the text
     * @return this writer
     */
    public Markup text(String text) {
        String clean = clean(text);
        call(() -> xml.writeCharacters(clean));
        return this;
    }

    /**
     * Writes a line break into the source, for readable output; browsers ignore it between blocks.
     *
     * @return this writer
     */
    public Markup newline() {
        return text("\n");
    }

    /**
     * Closes every open element and returns the document.
     *
     * @return the document
     */
    public String finish() {
        while (!open.isEmpty()) {
            close();
        }
        call(xml::writeEndDocument);
        call(xml::flush);
        return out.toString() + "\n";
    }

    private Markup attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("The attributes (" + attributes.length
                    + " strings) must come in name, value pairs.");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String name = Objects.requireNonNull(attributes[i], "attribute name");
            String value = clean(Objects.requireNonNull(attributes[i + 1], "value of attribute " + name));
            call(() -> xml.writeAttribute(name, value));
        }
        return this;
    }

    /** Replaces what XML 1.0 forbids: C0 controls other than tab, LF and CR, U+FFFE/U+FFFF and lone surrogates. */
    static String clean(String text) {
        @Nullable StringBuilder result = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (result != null) {
                    result.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
            if (!ok && result == null) {
                result = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (result != null) {
                result.append(ok ? c : '\uFFFD');
            }
        }
        return result == null ? text : result.toString();
    }

    private interface XmlCall {
        void run() throws XMLStreamException;
    }

    private void call(XmlCall call) {
        try {
            call.run();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("Writing the XHTML page failed: " + e.getMessage(), e);
    }
}
