package vn.tdkt.web;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet filters that look at every request to the API ({@code /api}), the engine's REST API
 * ({@code /engine-rest}) and the webapps' API ({@code /camunda/api}) before any of them reads it: the size limit
 * first (before Spring Security, so an oversized body is refused whoever sends it), then the check of the text sent
 * (after Spring Security, so an anonymous caller learns nothing but 401).
 */
@Configuration
public class WebFilters {

    static final String[] PATHS = {"/api/*", "/engine-rest/*", "/camunda/api/*"};

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(MultipartProperties multipart,
                                                                          vn.tdkt.documents.DocumentsProperties documents) {
        long maxFile = multipart.getMaxFileSize().toBytes();
        FilterRegistrationBean<RequestSizeLimitFilter> bean = new FilterRegistrationBean<>(new RequestSizeLimitFilter(
                multipart.getMaxRequestSize().toBytes(), () -> Math.min(maxFile, documents.getMaxSizeBytes())));
        bean.addUrlPatterns(PATHS);
        bean.setOrder(-200);
        bean.setName("tdktRequestSizeLimit");
        return bean;
    }

    @Bean
    FilterRegistrationBean<RequestHygieneFilter> requestHygieneFilter(MultipartProperties multipart) {
        FilterRegistrationBean<RequestHygieneFilter> bean =
                new FilterRegistrationBean<>(new RequestHygieneFilter(multipart.getMaxRequestSize().toBytes()));
        bean.addUrlPatterns(PATHS);
        bean.setOrder(-90);
        bean.setName("tdktRequestHygiene");
        return bean;
    }
}
