// Package contracts deploys weft's Solidity contracts and signs the EIP-712 messages
// they check: node records for NodeRegistry and vouchers for RelayPayments.
//
// The Solidity sources are in src/, compiled by solc-js 0.8.37 (npm) into artifacts/
// and bound by abigen v2 into the bindings package; README.md explains how to rebuild.
// Artifacts and bindings are committed, so Go builds need neither node nor abigen.
//
// Deploying and registering a node:
//
//	d, err := contracts.Deploy(ctx, backend, deployer, contracts.DefaultParams())
//	// ... mine the deployment transactions, then:
//	rec := contracts.NodeRecord{Node: nodeAddr, Operator: op, Seq: 1, RecordHash: crypto.Keccak256Hash(enr)}
//	sig, err := rec.Sign(nodeKey, chainID, d.Registry)
//	reg := bindings.NewNodeRegistry()
//	tx, err := bind.Transact(reg.Instance(backend, d.Registry), opOpts,
//		reg.PackRegister(nodeAddr, 1, enr, sig))
//
// Signing a voucher:
//
//	v := contracts.Voucher{Payer: payer, Relay: relay, Cumulative: big.NewInt(1000), Expiry: exp}
//	sig, err := v.Sign(hotKey, chainID, d.Payments)
package contracts
