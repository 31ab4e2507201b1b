// Slidev's dev-server state (`server-reactive:deck`), which the learner app has no server for: empty.
export default {}
