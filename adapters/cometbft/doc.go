// Package weftcmt carries CometBFT v1 proposal blocks over weft (RLNC-coded
// dissemination) beside the stock block-part gossip, with one node option.
//
// A Reactor runs on its own p2p channels (DefaultChannel for weft frames, the
// next one for hellos) and drives a core.Node: a thin driver in the sense of
// docs/spec/engine.md, holding no fabric logic.
//
//   - The round's proposer publishes its block once its consensus holds the
//     complete part set. The session header is signed with the validator key
//     (ValidatorSigner, over PrivValidator.SignBytes) and its topic carries the
//     proposer's signed Proposal.
//   - Receivers open a session only from the proposer of the height and round
//     the topic names, with a valid proposal signature (a header from anyone
//     else disconnects the sender). A decoded block is re-split with
//     types.NewPartSetFromData and must equal the signed part-set header; it is
//     then fed to consensus with State.SetProposal and AddProposalBlockPart. A
//     block that does not match disconnects the proposer.
//   - Junk frames cost the sender penalty points in the engine; at the
//     disconnect score the peer is stopped with Switch.StopPeerForError and
//     refused by weft for the ban duration (consensus may keep the connection
//     it redials). Frames are capped by the channel's RecvMessageCapacity.
//
// Installing it in a node (README.md shows the same in context):
//
//	r, err := weftcmt.NewReactor(weftcmt.Config{})
//	if err != nil { ... }
//	n, err := node.NewNode(ctx, cfg, pv, nodeKey, app, gen, db, metrics, logger, weftcmt.Option(r))
//
// Flags binds --weft and --weft.* for a start command; cmd/weft-cometbft is
// CometBFT's node command with them, running the kvstore application.
package weftcmt
