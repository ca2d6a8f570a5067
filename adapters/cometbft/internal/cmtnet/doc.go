// Package cmtnet runs a network of real CometBFT v1 validators — node.Node
// with the kvstore application, each with its own keys, home directory and
// databases — in one process over loopback TCP, some of them with weft. The
// adapter's tests and the benchmark (cmd/weft-cometbft-bench) use it.
//
//	net, err := cmtnet.New(cmtnet.Options{Validators: 4, Dir: t.TempDir()})
//	if err != nil { ... }
//	defer net.Close()
//	err = net.StartAll()
//	net.Submit(tx)                       // into every running validator's mempool
//	err = net.WaitHeight(ctx, nil, 5)    // event-bus driven, bounded by ctx
package cmtnet
