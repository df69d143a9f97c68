package io.retentionflow.targeting;

import io.retentionflow.system.InvalidRequestException;
import io.retentionflow.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors the forms do not show next to a field (an id that does not exist, a hand-made request)
 * answer 404 or 400 with the message, not 500: the API's advice covers REST controllers only.
 */
@ControllerAdvice(assignableTypes = {TargetGroupPageController.class, DiscoveryPageController.class})
class TargetingPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<String> invalid(InvalidRequestException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }
}
