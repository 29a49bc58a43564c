package vn.tdkt.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.Map;

/** Deploys through /engine-rest as Camunda Modeler's deploy dialog does. */
public final class ModelerDeployments {

    private ModelerDeployments() { }

    /**
     * {@code POST /engine-rest/deployment/create}, multipart: deployment-name, deployment-source "Camunda Modeler",
     * deploy-changed-only, and one part per file named by the file (the diagram and the "additional files").
     */
    public static ResponseEntity<String> deploy(TestRestTemplate rest, String user, String deploymentName,
                                                Map<String, byte[]> files) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", deploymentName);
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("deploy-changed-only", "true");
        files.forEach((fileName, content) -> {
            HttpHeaders partHeaders = new HttpHeaders();
            partHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            parts.add(fileName, new HttpEntity<>(new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            }, partHeaders));
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, TestUsers.PASSWORD)
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
    }

    /** Deletes a deployment with its instances and history, as an admin would through the REST API. */
    public static ResponseEntity<String> deleteCascade(TestRestTemplate rest, String deploymentId) {
        return rest.withBasicAuth("admin", TestUsers.PASSWORD).exchange(
                "/engine-rest/deployment/" + deploymentId + "?cascade=true", HttpMethod.DELETE, null, String.class);
    }
}
