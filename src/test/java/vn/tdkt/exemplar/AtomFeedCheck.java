package vn.tdkt.exemplar;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks a feed against what Atom 1.0 (RFC 4287) requires of a feed and its entries. */
final class AtomFeedCheck {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeedCheck() { }

    static Document assertValidAtom(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element feed = doc.getDocumentElement();
            assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
            assertThat(feed.getLocalName()).isEqualTo("feed");
            required(feed, "id", "title", "updated", "author");
            NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                required(entry, "id", "title", "updated", "link", "summary");
                assertThat(text(entry, "id")).startsWith("http");
                OffsetDateTime.parse(text(entry, "updated"));
                Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
                assertThat(link.getAttribute("href")).startsWith("http");
            }
            OffsetDateTime.parse(text(feed, "updated"));
            return doc;
        } catch (Exception e) {
            throw new AssertionError("not a valid Atom feed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static void required(Element parent, String... names) {
        for (String name : names) {
            assertThat(parent.getElementsByTagNameNS(ATOM, name).getLength()).as(name).isGreaterThan(0);
        }
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
