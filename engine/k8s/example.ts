/**
 * The example scenario: three nodes, the upstream nginx Deployment (controllers/nginx-deployment.yaml
 * from kubernetes/website, CC BY 4.0) with requests added, a Service, then a rolling image update
 * and a node failure.
 */
const NGINX = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app.kubernetes.io/name: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: nginx
  template:
    metadata:
      labels:
        app.kubernetes.io/name: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
        resources:
          requests: { cpu: 250m, memory: 64Mi }
---
apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  selector:
    app.kubernetes.io/name: nginx
  ports:
  - port: 80
`;

export const K8S_EXAMPLE = {
  kind: 'k8s',
  seed: 7,
  title: 'nginx Deployment: rollout and a node failure',
  params: {
    nodes: [{ name: 'node', count: 3, cpu: '2', memory: '4Gi' }],
    images: [
      { name: 'nginx:1.14.2', layers: [{ digest: 'sha256:debian-base', sizeMiB: 22 }, { digest: 'sha256:nginx-1.14', sizeMiB: 18 }] },
      { name: 'nginx:1.16.1', layers: [{ digest: 'sha256:debian-base', sizeMiB: 22 }, { digest: 'sha256:nginx-1.16', sizeMiB: 20 }] },
    ],
    manifests: [NGINX],
  },
  commands: [
    { at: 30, do: 'setImage', deployment: 'nginx-deployment', image: 'nginx:1.16.1' },
    { at: 60, do: 'failNode', node: 'node-2' },
  ],
  until: 480,
};
