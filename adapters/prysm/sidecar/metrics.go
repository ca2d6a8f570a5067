package sidecar

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	published    *prometheus.CounterVec
	skipped      *prometheus.CounterVec
	posts        *prometheus.CounterVec
	blobTimeouts prometheus.Counter
	proxyErrors  prometheus.Counter
	tooLarge     prometheus.Counter
	headStart    *prometheus.CounterVec
}

// newMetrics builds the sidecar's metrics and registers them with r (nil: not
// registered).
func newMetrics(r prometheus.Registerer) *metrics {
	m := &metrics{
		published: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "weft", Name: "sidecar_published_total",
			Help: "Blocks the validator client posted that the sidecar published through weft, by fork."}, []string{"fork"}),
		skipped: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "weft", Name: "sidecar_publish_skipped_total",
			Help: "Blocks the validator client posted that were only forwarded, not published through weft, by reason."}, []string{"reason"}),
		posts: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "weft", Name: "sidecar_node_posts_total",
			Help: "Blocks received through weft posted to the node, by result and whether the node already had them."}, []string{"result", "known"}),
		blobTimeouts: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "weft", Name: "sidecar_blob_wait_timeouts_total",
			Help: "Blocks received through weft whose blobs did not all arrive in time (not posted)."}),
		proxyErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "weft", Name: "sidecar_proxy_errors_total",
			Help: "Requests the sidecar could not forward to the node (answered 502)."}),
		tooLarge: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "weft", Name: "sidecar_body_too_large_total",
			Help: "Publish requests refused for a body above the size cap (answered 413, not forwarded)."}),
		headStart: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "weft", Name: "sidecar_head_start_total",
			Help: "Publish requests held back for weft's head start, by how the wait ended (copy_sent: weft wrote a coded copy; delivered: every weft peer decoded it (--head-start-until=delivered); small: below the size for a head start; not_published: weft did not publish it; timeout; client_gone; stopped)."}, []string{"outcome"}),
	}
	if r != nil {
		for _, c := range []prometheus.Collector{m.published, m.skipped, m.posts, m.blobTimeouts, m.proxyErrors, m.tooLarge, m.headStart} {
			_ = r.Register(c)
		}
	}
	return m
}
