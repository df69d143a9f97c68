package io.retentionflow.customers;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than {@code imports.max-upload-size} by its declared length, before anything reads it.
 * Left to the servlet container, the refusal would come while the CSRF check reads the form's fields: the page would
 * answer a bare 403 for a token it could not read instead of the reason, the API an empty 413. Runs just before
 * Spring Security (ImportsConfiguration). The length is the whole request's, the file's and the form's few fields':
 * a file a few hundred bytes short of the limit is refused too, which no real file will notice.
 */
final class UploadSizeLimitFilter extends OncePerRequestFilter {

    private final DataSize limit;
    private final ObjectMapper json;

    UploadSizeLimitFilter(DataSize limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= limit.toBytes()) {
            chain.doFilter(request, response);
            return;
        }
        String message = "The file is larger than " + readable(limit) + ", the most an upload may be "
                + "(imports.max-upload-size). Put larger files in the drop folder.";
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message);
            problem.setTitle("File too large");
            problem.setProperty("field", UploadImport.FIELD);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(message);
        }
    }

    /** 2GB rather than 2147483648B. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        String[] units = {"GB", "MB", "KB"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (10 * (units.length - i));
            if (bytes >= unit && bytes % unit == 0) {
                return bytes / unit + units[i];
            }
        }
        return bytes + "B";
    }
}
