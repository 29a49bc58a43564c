package vn.tdkt.exemplar;

/** What a unit writes about a model example, as submitted (values unchecked: form fields arrive as any type). */
record ExampleInput(Object kind, Object title, Object subjectName, Object story, Object evidence) { }
