package vn.tdkt.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * JSON calls to /api for the registry tests, as a given user (admin by default).
 * Test data carries unique codes (t-xxxxxxxx), so that it meets nothing else in the database (the demo province
 * too, on PostgreSQL); units created by tests get an end date so that the invariants about open units (each has a
 * head) keep holding.
 */
final class RegistryApi {

    static final String PASSWORD = "demo";

    private final TestRestTemplate rest;

    private RegistryApi(TestRestTemplate rest) {
        this.rest = rest;
    }

    static RegistryApi admin(TestRestTemplate rest) {
        return new RegistryApi(rest.withBasicAuth("admin", PASSWORD));
    }

    static RegistryApi as(TestRestTemplate rest, String user) {
        return new RegistryApi(rest.withBasicAuth(user, PASSWORD));
    }

    static RegistryApi anonymous(TestRestTemplate rest) {
        return new RegistryApi(rest);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    ResponseEntity<JsonNode> get(String url) {
        return rest.exchange(url, HttpMethod.GET, null, JsonNode.class);
    }

    ResponseEntity<JsonNode> post(String url, Object body) {
        return rest.exchange(url, HttpMethod.POST, json(body), JsonNode.class);
    }

    ResponseEntity<JsonNode> put(String url, Object body) {
        return rest.exchange(url, HttpMethod.PUT, json(body), JsonNode.class);
    }

    ResponseEntity<JsonNode> upload(String url, byte[] content, String fileName) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange(url, HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
    }

    ResponseEntity<byte[]> download(String url) {
        return rest.exchange(url, HttpMethod.GET, null, byte[].class);
    }

    /** Creates a unit valid from 2020 to 2099 and returns its code. */
    String createUnit(String type) {
        String code = unique("t");
        ResponseEntity<JsonNode> created = post("/api/units", unit(code, "Đơn vị thử " + code, type, "2020-01-01",
                "2099-12-31"));
        if (created.getStatusCode().value() != 201) {
            throw new AssertionError("Could not create unit: " + created.getBody());
        }
        return code;
    }

    /**
     * Creates a department active from {@code validFrom} (ISO date) that ended on {@code validTo}, merged into the
     * successor or, without one, dissolved, and returns its code.
     */
    String createEndedUnit(String validFrom, String validTo, String successorCode) {
        String code = unique("t");
        ResponseEntity<JsonNode> created = post("/api/units", unit(code, "Đơn vị thử " + code, "SO_NGANH", validFrom,
                null));
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("validTo", validTo);
        end.put("reason", successorCode == null ? "DISSOLVED" : "MERGED");
        end.put("successorCode", successorCode);
        ResponseEntity<JsonNode> ended = post("/api/units/" + code + "/end", end);
        if (created.getStatusCode().value() != 201 || ended.getStatusCode().value() != 200) {
            throw new AssertionError("Could not create an ended unit: " + created.getBody() + " " + ended.getBody());
        }
        return code;
    }

    /** Creates a person in the unit and returns its code. */
    String createPerson(String unitCode, String fullName) {
        String code = unique("T");
        ResponseEntity<JsonNode> created = post("/api/persons", person(code, fullName, unitCode));
        if (created.getStatusCode().value() != 201) {
            throw new AssertionError("Could not create person: " + created.getBody());
        }
        return code;
    }

    static Map<String, Object> unit(String code, String name, String type, String validFrom, String validTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("unitType", type);
        body.put("email", "thu@tayninh.gov.vn");
        body.put("validFrom", validFrom);
        body.put("validTo", validTo);
        return body;
    }

    static Map<String, Object> person(String code, String fullName, String unitCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("fullName", fullName);
        body.put("gender", "NU");
        body.put("birthDate", "1988-04-30");
        body.put("jobTitle", "Chuyên viên");
        body.put("unitCode", unitCode);
        body.put("email", code.toLowerCase() + "@tayninh.gov.vn");
        return body;
    }

    static Map<String, Object> award(String type, String personCode, String unitCode, int year, String kind,
                                     String achievementRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("awardTypeCode", type);
        body.put("personCode", personCode);
        body.put("unitCode", unitCode);
        body.put("awardYear", year);
        body.put("commendationKind", kind);
        body.put("decisionNumber", unique("QĐ"));
        body.put("decisionDate", (year + 1) + "-01-15");
        body.put("decisionAuthority", "Giám đốc Sở Tư pháp");
        body.put("achievementRef", achievementRef);
        return body;
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
