package vn.tdkt.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Two worlds, one sign-in (see the platform notes and docs/security.md):
 * <ul>
 *   <li>/engine-rest and /api: HTTP Basic checked against Camunda identity for API clients, or the webapps' signed-in
 *   session for the project's pages (with the session's CSRF token on every change); the engine then applies its
 *   authorizations; administrators' operations are listed here.</li>
 *   <li>/camunda (Tasklist, Cockpit, Admin): authenticated by Camunda's own login and protected by its
 *   CsrfPreventionFilter; Camunda Admin's initial setup is closed.</li>
 * </ul>
 * On both, a change sent by a foreign site's page is refused ({@link CrossSiteRequestFilter}) and sign-in attempts
 * are throttled ({@link LoginThrottle}).
 */
@Configuration
public class SecurityConfig {

    /** Registry resources whose writes only an administrator may make. */
    static final String[] REGISTRY_PATHS = {
            "/api/units/**", "/api/blocks/**", "/api/persons/**", "/api/award-types/**",
            "/api/awards/**", "/api/import/**", "/api/user-profiles/**",
            "/api/calendar/**", "/api/council/terms/**"};

    /** Who reads the audit trail (vn.tdkt.audit). */
    static final Set<String> AUDIT_READERS = Set.of(Role.AUDITOR.authority(), Role.ADMIN.authority());

    /**
     * Roles that look without touching outside their own tasks: they write no consultation comment (the engine's
     * task comments and attachments are for a task's own people, TaskWritesEnginePlugin).
     */
    static final Set<String> READ_ONLY_ROLES = Set.of(Role.AUDITOR.authority(), Role.AGENCY_HEAD.authority());

    /**
     * Plain path matchers: /engine-rest and /camunda are not served by Spring MVC's DispatcherServlet,
     * so MVC matchers (the default for string patterns) would not see their full paths.
     */
    private static RequestMatcher ant(String pattern) {
        return AntPathRequestMatcher.antMatcher(pattern);
    }

    private static RequestMatcher ant(HttpMethod method, String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .map(p -> (RequestMatcher) AntPathRequestMatcher.antMatcher(method, p)).toList());
    }

    /**
     * Engine REST writes that change what runs: deploying, redeploying and deleting deployments; deleting,
     * suspending and changing the history time-to-live of process and decision definitions; migrating running
     * instances to another version. Starting a process ({@code POST .../start}, {@code .../submit-form}) and
     * evaluating a decision stay open to users. Each path is also reachable under the named engine
     * ({@code /engine-rest/engine/default/...}), so both spellings are listed.
     */
    static final String[] ENGINE_ADMIN_WRITE_PATHS = engineRestPaths(
            "/deployment/**", "/process-definition/**", "/decision-definition/**",
            "/decision-requirements-definition/**", "/migration/**",
            // users, groups, memberships, tenants and authorizations: Camunda Admin's business
            "/user/**", "/group/**", "/tenant/**", "/authorization/**",
            // running instances changed from outside their process
            "/process-instance/*/suspended", "/process-instance/suspended", "/job/**", "/job-definition/**",
            "/batch/**", "/incident/**", "/external-task/**");
    /**
     * Of those, POST on definitions starts processes and evaluates decisions; the POSTs listed here are the
     * administrators': deployments, migration, restarting and modifying instances, messages and signals sent from
     * outside, jobs and batches, history deletion, identity and authorizations.
     */
    static final String[] ENGINE_ADMIN_POST_PATHS = engineRestPaths("/deployment/**", "/migration/**",
            "/process-definition/*/restart", "/process-definition/*/restart-async",
            "/process-instance/*/modification", "/process-instance/*/modification-async", "/modification/**",
            "/process-instance/delete", "/process-instance/delete-historic-query-based",
            "/process-instance/suspended-async", "/process-instance/job-retries",
            "/process-instance/job-retries-historic-query-based", "/process-instance/variables-async",
            "/message", "/message/**", "/signal", "/signal/**", "/condition",
            "/job/**", "/job-definition/**", "/batch/**", "/external-task/**", "/incident/**",
            "/history/cleanup", "/history/*/delete", "/history/*/delete/**", "/history/*/set-removal-time",
            "/history/*/set-removal-time/**", "/history/batch/**",
            "/user/**", "/group/**", "/tenant/**", "/authorization/**");

    private static String[] engineRestPaths(String... paths) {
        return Arrays.stream(paths).flatMap(p -> Stream.of("/engine-rest" + p,
                "/engine-rest/engine/*" + p)).toArray(String[]::new);
    }

    @Bean
    CrossSiteRequestFilter crossSiteRequestFilter(SecurityProperties properties) {
        return new CrossSiteRequestFilter(new HashSet<>(properties.allowedOrigins()));
    }

    /** Not a servlet filter of its own: it runs inside the security chains only. */
    @Bean
    FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequestFilterRegistration(CrossSiteRequestFilter filter) {
        FilterRegistrationBean<CrossSiteRequestFilter> bean = new FilterRegistrationBean<>(filter);
        bean.setEnabled(false);
        return bean;
    }

    /** The source of every request, first of all (the engine's password checks read it). */
    @Bean
    FilterRegistrationBean<LoginSource.Filter> loginSourceFilter() {
        FilterRegistrationBean<LoginSource.Filter> bean = new FilterRegistrationBean<>(new LoginSource.Filter());
        bean.addUrlPatterns("/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        bean.setName("tdktLoginSource");
        return bean;
    }

    /** Comments and attachments of tasks, on /engine-rest and the webapps' engine API: the task's own people. */
    @Bean
    FilterRegistrationBean<TaskWritesFilter> taskWritesFilter(org.springframework.beans.factory.ObjectProvider<
            org.camunda.bpm.engine.ProcessEngine> engine,
            @Value("${camunda.bpm.process-engine-name:default}") String engineName) {
        FilterRegistrationBean<TaskWritesFilter> bean = new FilterRegistrationBean<>(new TaskWritesFilter(engine, engineName));
        bean.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        bean.setOrder(-80);
        bean.setName("tdktTaskWrites");
        return bean;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                 IdentityService identityService, CrossSiteRequestFilter crossSite,
                                 BlockCycleOpeners blockCycleOpeners,
                                 @Value("${camunda.bpm.process-engine-name:default}") String engineName)
            throws Exception {
        String admin = Role.ADMIN.authority();
        WebappSessionAuthenticationFilter session = new WebappSessionAuthenticationFilter(identityService, engineName);
        // /tai-lieu/**: the same downloads as some /api GETs under addresses for people (links in the forms)
        http.securityMatcher(new OrRequestMatcher(ant("/engine-rest/**"), ant("/api/**"),
                        ant(HttpMethod.GET, "/tai-lieu/**"), ant("/actuator/**"), ant("/v3/api-docs/**"),
                        ant("/v3/api-docs"), ant("/swagger-ui/**"), ant("/swagger-ui.html")))
                // this provider alone: with the global manager as parent, a wrong password was checked (and counted) twice
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth
                        // whether the browser is signed in, and its CSRF token: anyone may ask
                        .requestMatchers(ant(HttpMethod.GET, "/api/session")).permitAll()
                        // health for monitors: the status to anyone, the components to administrators (application.yml)
                        .requestMatchers(ant(HttpMethod.GET, "/actuator/health"), ant(HttpMethod.GET, "/actuator/health/**"))
                        .permitAll()
                        .requestMatchers(ant("/actuator/**")).hasAuthority(admin)
                        // the OpenAPI description of /api and its UI: administrators
                        .requestMatchers(ant("/v3/api-docs/**"), ant("/v3/api-docs"), ant("/swagger-ui/**"),
                                ant("/swagger-ui.html")).hasAuthority(admin)
                        // the public consultation (khen cao): anyone may read what is published and comment, within
                        // the window and the hourly limit per address that the controller keeps
                        .requestMatchers(ant(HttpMethod.GET, "/api/public/consultations")).permitAll()
                        .requestMatchers(ant(HttpMethod.POST, "/api/public/consultations/*/comments")).permitAll()
                        // the audit trail: auditors and administrators only, and only to read
                        .requestMatchers(ant("/api/audit/**")).access((authentication, ctx) -> new AuthorizationDecision(
                                ctx.getRequest().getMethod().equals("GET") && authentication.get().getAuthorities().stream()
                                        .anyMatch(g -> AUDIT_READERS.contains(g.getAuthority()))))
                        // sign-in waits: administrators
                        .requestMatchers(ant("/api/security/**")).hasAuthority(admin)
                        // a person's annual assessments (ratings, maternity leave): personal facts, administrators only
                        .requestMatchers(ant("/api/persons/*/assessments/**")).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.GET, "/api/**")).authenticated()
                        // what runs is the administrators' business (Camunda Modeler deploys as an admin);
                        // the engine's authorizations apply on top
                        .requestMatchers(ant(HttpMethod.POST, ENGINE_ADMIN_POST_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.PUT, ENGINE_ADMIN_WRITE_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.PATCH, ENGINE_ADMIN_WRITE_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.DELETE, ENGINE_ADMIN_WRITE_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.DELETE, engineRestPaths("/process-instance/**")))
                        .hasAuthority(admin)
                        // the block leader edits the block's scoring table; the controller checks who leads
                        .requestMatchers(ant(HttpMethod.PUT, "/api/blocks/*/years/*/scoring-table")).authenticated()
                        .requestMatchers(ant(HttpMethod.POST, "/api/blocks/*/years/*/scoring-table/import")).authenticated()
                        // opening a block's cycle: the block's leader unit, the standing agency's head, administrators
                        .requestMatchers(ant(HttpMethod.POST, "/api/blocks/*/years/*/cycle")).access(blockCycleOpeners)
                        // consultation comments: not from the roles that only look
                        .requestMatchers(ant(HttpMethod.POST, "/api/proposals/*/comments")).access((a, ctx) ->
                                new AuthorizationDecision(a.get().isAuthenticated() && a.get().getAuthorities().stream()
                                        .noneMatch(g -> READ_ONLY_ROLES.contains(g.getAuthority()))
                                        && !CurrentUser.groupsOf(a.get()).isEmpty()))
                        .requestMatchers(ant(HttpMethod.POST, REGISTRY_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.PUT, REGISTRY_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.PATCH, REGISTRY_PATHS)).hasAuthority(admin)
                        .requestMatchers(ant(HttpMethod.DELETE, REGISTRY_PATHS)).hasAuthority(admin)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(JsonSecurityErrorHandlers.unauthorized()))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(JsonSecurityErrorHandlers.unauthorized())
                        .accessDeniedHandler(JsonSecurityErrorHandlers.forbidden()))
                // the webapps' session is read, never created, kept nor renewed by this chain: renewing its id (session
                // fixation protection) under Tasklist's and the page's concurrent requests signed them out
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                // Spring's CSRF protection stays off: Basic requests carry no cookie, and session requests are held to
                // the CSRF token of Camunda's session by WebappSessionAuthenticationFilter
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new ClosedEndpointsFilter(), BasicAuthenticationFilter.class)
                .addFilterBefore(crossSite, BasicAuthenticationFilter.class)
                .addFilterAfter(session, BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), WebappSessionAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webappChain(HttpSecurity http, CrossSiteRequestFilter crossSite, LoginThrottle throttle)
            throws Exception {
        http.securityMatcher(new OrRequestMatcher(ant("/camunda/**"), ant("/"), ant("/error"), ant("/favicon.ico")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new ClosedEndpointsFilter(), AuthorizationFilter.class)
                .addFilterBefore(crossSite, AuthorizationFilter.class)
                .addFilterBefore(new WebappLoginThrottleFilter(throttle), AuthorizationFilter.class)
                .headers(headers -> headers
                        // Camunda's HeaderSecurityFilter writes CSP, X-Content-Type-Options and XSS headers.
                        .contentTypeOptions(c -> c.disable())
                        .xssProtection(x -> x.disable())
                        .cacheControl(c -> c.disable())
                        .frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The project's own pages: static files without data (the data comes from /api with the user's session). */
    @Bean
    @Order(3)
    SecurityFilterChain pagesChain(HttpSecurity http) throws Exception {
        http.securityMatcher(ant(HttpMethod.GET, "/pages/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' blob: data:; object-src 'none'; frame-ancestors 'self';"
                                        + " form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * The public pages of the published model examples (gương điển hình tiên tiến) and their Atom feed: anyone may
     * read, without sign-in; server-rendered, no script. What is not published is 404 there (vn.tdkt.exemplar).
     */
    @Bean
    @Order(3)
    SecurityFilterChain publicExamplesChain(HttpSecurity http) throws Exception {
        http.securityMatcher(ant(HttpMethod.GET, "/guong-dien-hinh", "/guong-dien-hinh/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; img-src 'self';"
                                + " style-src 'self'; object-src 'none'; frame-ancestors 'self'; form-action 'none';"
                                + " base-uri 'none'"))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().denyAll())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(JsonSecurityErrorHandlers.unauthorized())
                        .accessDeniedHandler(JsonSecurityErrorHandlers.forbidden()))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
