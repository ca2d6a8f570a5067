// Package bridge connects weft's fabric to its contracts: it resolves operators and
// names to dialable, verified node records (NodeRegistry; names through WeftResolver,
// or through ENS's own resolver records where an ENS registry is configured), admits peers
// that prove in a handshake that they hold a node key registered to an operator, meters
// delivered data into EIP-712 cumulative vouchers (payer side), collects and claims
// them (relay side, RelayPayments), and follows the contracts' events.
//
// The bridge consumes the fabric through one small interface, DeliverySink: the core
// engine's tracer reports each accepted packet as a Delivery (from which node, for which
// message, how many bytes, and whether it was innovative). Nothing else in the bridge
// depends on the engine.
//
// A payer node, in outline:
//
//	ch, _ := bridge.NewChain(client, chainID, bridge.Addresses{Registry: reg, Payments: pay}, deployBlock)
//	peers, _ := ch.Resolve(ctx, relayOperator)                // verified ENRs
//	conn, _ := net.Dial("tcp", peers[0].Record.TCPEndpoint().String())
//	claim, _ := bridge.Handshake(ctx, conn, bridge.Identity{NodeKey: nk, Operator: me}, ch, nil)
//	if err := (bridge.Policy{RequireRegistered: true}).Admit(ctx, ch, claim); err != nil { ... }
//	book.Add(claim.Node, claim.Operator)
//	meter, _ := bridge.NewMeter(bridge.MeterConfig{Chain: ch, Payer: me, Signer: hot,
//		PricePerByte: big.NewInt(1e6), VoucherEvery: 1 << 20, Lifetime: time.Hour,
//		PayeeOf: book.PayeeOf, Now: time.Now})
//	// core's tracer -> meter.Delivered(bridge.Delivery{...})
//	for _, v := range meter.Drain() { b, _ := bridge.EncodeVoucher(v); send(b) }
//
// and a relay:
//
//	col, _ := bridge.NewCollector(bridge.CollectorConfig{Chain: ch, Relay: me, Lifetime: time.Hour, ClaimMargin: 10 * time.Minute})
//	sv, _ := bridge.DecodeVoucher(msg); _ = col.Accept(ctx, now, sv)
//	for _, ev := range must(watcher.Poll(ctx)) { col.HandleEvent(ev) }
//	if due := col.Due(now, false); len(due) > 0 { tx, _ := ch.ClaimBatch(opts, due) }
package bridge
