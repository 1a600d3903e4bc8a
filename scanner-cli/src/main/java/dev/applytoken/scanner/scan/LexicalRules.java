package dev.applytoken.scanner.scan;

import java.util.regex.Pattern;

/**
 * Patterns the lexical detector uses for languages without a parser: how each language sends an
 * HTTP request, and how web frameworks declare a route (the server side of a path, never a finding).
 */
final class LexicalRules {

    /** Route declarations of Spring, JAX-RS, Express, Koa, Flask, FastAPI, Laravel, Slim, Go, ASP.NET, NestJS. */
    static final Pattern ROUTE = Pattern.compile(
            "@(?:Request|Post|Get|Put|Delete|Patch)Mapping\\b|@Path\\s*\\(|@(?:Post|Get|Put|Controller)\\s*\\("
                    + "|@\\w+\\.(?:route|get|post|put|delete|api_route)\\s*\\("
                    + "|\\b(?:app|router|server|route|routes|r|e|g|mux|engine|group)\\.(?:post|get|put|all|use|route|delete|patch"
                    + "|POST|GET|PUT|Any|Handle|HandleFunc|HandlerFunc)\\s*\\("
                    + "|Route::\\w+\\s*\\(|\\$(?:router|app|route|group)->(?:post|get|any|map|put)\\s*\\("
                    + "|\\bHandleFunc\\s*\\(|\\[(?:Http(?:Post|Get|Put)|Route)\\s*\\(|\\bpath\\s*\\(\\s*['\"]"
                    + "|\\bMap(?:Post|Get)\\s*\\(|\\bendpoints?\\.(?:Map\\w*)\\s*\\(");

    private static final Pattern JAVA_REQUEST = Pattern.compile(
            "\\bnew\\s+(?:HttpPost|HttpGet|URL|Request\\.Builder|FormBody\\.Builder|UrlEncodedFormEntity)\\b"
                    + "|\\b(?:do|send|https?)?[Pp]ost\\w*\\s*\\(|\\.(?:execute|exchange|newCall|openConnection|send|sendAsync"
                    + "|url|submitForm)\\s*\\(|\\bHttpUtil\\.|\\bFuel\\.|\\bkhttp\\.|\\bHttpRequest\\.");

    private static final Pattern JAVASCRIPT_REQUEST = Pattern.compile(
            "\\b(?:fetch|axios|got|superagent|needle|request|rp|ky|ofetch|\\$fetch)\\s*[.(]|\\$\\.(?:ajax|post)\\s*\\("
                    + "|XMLHttpRequest|\\bhttps?\\.request\\s*\\(|\\.(?:post|request)\\s*\\(|\\bFormData\\b");

    private static final Pattern PYTHON_REQUEST = Pattern.compile(
            "\\b(?:requests|httpx|aiohttp|urllib3?|http\\.client)\\.\\w+|\\burlopen\\s*\\(|\\.(?:post|request|urlopen)\\s*\\(");

    private static final Pattern PHP_REQUEST = Pattern.compile(
            "\\bcurl_(?:init|setopt|setopt_array|exec)\\s*\\(|\\bfile_get_contents\\s*\\(|->(?:post|request|send|postAsync)\\s*\\("
                    + "|\\bHttp::\\w+|\\bwp_remote_(?:post|get)\\s*\\(|\\bstream_context_create\\s*\\(");

    private static final Pattern GO_REQUEST = Pattern.compile(
            "\\bhttp\\.(?:Post|PostForm|NewRequest|NewRequestWithContext|Get)\\s*\\(|\\.(?:Do|PostForm|Post)\\s*\\(|\\bresty\\.");

    private static final Pattern CSHARP_REQUEST = Pattern.compile(
            "\\b(?:PostAsync|SendAsync|GetAsync|UploadValues\\w*|UploadString\\w*|PostAsJsonAsync)\\s*\\("
                    + "|\\bnew\\s+(?:HttpRequestMessage|FormUrlEncodedContent|RestRequest|WebClient)\\b|\\bWebRequest\\.Create\\s*\\(");

    private static final Pattern RUBY_REQUEST = Pattern.compile(
            "\\bNet::HTTP\\b|\\bHTTParty\\b|\\bFaraday\\b|\\bRestClient\\b|\\.(?:post|post_form|request)\\s*[( ]");

    /** A project's own wrapper such as {@code postForm(...)} or {@code doPost(...)}, in any language. */
    static final Pattern WRAPPER_REQUEST = Pattern.compile("\\b(?:do|send|http|https)?[Pp]ost[A-Z_]\\w*\\s*\\(");

    private static final Pattern SHELL_REQUEST = Pattern.compile("(?<![\\w-])(?:curl|wget|http|https|xh)(?![\\w-])");

    /**
     * Parameter names written as a key: {@code 'resources' => }, {@code resources: }, {@code "actions",},
     * {@code actions=}, {@code -F resources=}. The value is captured only when it is a quoted literal.
     */
    static final Pattern PARAMETER_KEY = Pattern.compile(
            "(?<![A-Za-z0-9_$])[\"']?(resources|actions|serviceName|proxyType|expireTime|instanceId|signature)[\"']?\\]?"
                    + "\\s*(?:=>|:|=|,)\\s*(?:[\"']([A-Za-z0-9]*)[\"'])?");

    /** Calls of the vendor demo helpers written in any language. */
    static final Pattern DEMO_HELPER = Pattern.compile(
            "\\bTools\\s*[.:]+\\s*(applyToken|revokeToken|queryToken)\\s*\\(|\\b(doHttpSignature)\\s*\\(");

    private LexicalRules() {
    }

    static Pattern requestPattern(Language language) {
        return switch (language) {
            case JAVA, KOTLIN -> JAVA_REQUEST;
            case JAVASCRIPT -> JAVASCRIPT_REQUEST;
            case PYTHON -> PYTHON_REQUEST;
            case PHP -> PHP_REQUEST;
            case GO -> GO_REQUEST;
            case CSHARP -> CSHARP_REQUEST;
            case SHELL -> SHELL_REQUEST;
            case RUBY -> RUBY_REQUEST;
            default -> null;
        };
    }
}
