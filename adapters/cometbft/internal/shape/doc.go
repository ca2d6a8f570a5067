// Package shape imposes a scenario's link model on real TCP connections in user
// space, as a loopback proxy: each node has an upload and a download capacity,
// each link a one-way latency. Kernel traffic shaping (netem) is unavailable
// on our machines, and CometBFT's node constructor builds its own transport, so
// validators dial each other through a Proxy instead of directly.
//
//	a, b := shape.NewNode(25e6, 25e6), shape.NewNode(25e6, 25e6)
//	p, err := shape.Listen("127.0.0.1:26656", a, b, 40*time.Millisecond)
//	// node a dials p.Addr() to reach the node listening on 127.0.0.1:26656
//	defer p.Close()
//
// Bytes a writes leave a's uplink one after another at its upload rate (the
// proxy stops reading while they wait, so TCP's flow control pushes back on the
// sender as a slow link would), arrive after the link's latency and enter b no
// faster than b's download rate; the other direction likewise.
package shape
