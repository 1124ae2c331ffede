package org.blendnet.examples.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One question or answer of a Stack Exchange site, as read from its {@code Posts.xml}: only the fields
 * routing needs (no title, no body). Immutable and thread-safe.
 *
 * @param id the post's {@code Id}
 * @param question true for a question ({@code PostTypeId="1"}), false for an answer ({@code "2"})
 * @param parentId the question an answer answers ({@code ParentId}); 0 for a question
 * @param acceptedAnswerId the accepted answer of a question ({@code AcceptedAnswerId}); 0 if none, and for an
 *     answer
 * @param created when it was posted ({@code CreationDate}, UTC)
 * @param owner the author's user id ({@code OwnerUserId}); empty for a deleted account
 * @param tags the question's tags in the order given; empty for an answer
 * @since 0.1
 */
public record SitePost(long id, boolean question, long parentId, long acceptedAnswerId, Instant created,
    OptionalLong owner, List<String> tags) {

  /** Creates a post. */
  public SitePost {
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(owner, "owner");
    tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
  }

  /** {@code SitePost[Q 1 by 7 at 2014-01-21T20:26:05.383Z, tags=[hops]]} or {@code SitePost[A 4 to 1 by 8 at …]}. */
  @Override
  public String toString() {
    return "SitePost[" + (question ? "Q " + id : "A " + id + " to " + parentId) + " by "
        + (owner.isPresent() ? Long.toString(owner.getAsLong()) : "deleted") + " at " + created
        + (question ? ", tags=" + tags : "") + "]";
  }
}
