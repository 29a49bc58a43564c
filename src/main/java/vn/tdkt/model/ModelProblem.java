package vn.tdkt.model;

/** One thing wrong with a model: the resource, the element, and what is wrong in plain Vietnamese. */
public record ModelProblem(String resource, String element, String message) {

    @Override
    public String toString() {
        return resource + (element == null ? "" : " [" + element + "]") + ": " + message;
    }
}
