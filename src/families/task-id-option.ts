// The `id` option every family takes, so one run (a suite) can hold several tasks of one family.

import { z } from "zod";

export const taskIdOption = z.string().regex(/^[\w.-]+$/, "task ids use letters, digits, '.', '_' and '-'").optional();
